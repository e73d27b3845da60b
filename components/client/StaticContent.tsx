"use client";
import { useEffect, useState, useSyncExternalStore, type ComponentProps } from "react";

// One object for every render: React resets innerHTML whenever this prop changes identity.
const KEEP_SERVER_DOM = { __html: "" };
const noSubscription = () => () => {};

/**
 * Marks the html element data-hydrated once the page's first hydration has committed, so a test (or a script) can
 * wait for the page to be interactive instead of guessing.
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
  return null;
}

/**
 * A box of server-rendered content that needs no JavaScript (long tables, document text). On a phone, hydrating a
 * page walks every element of it; in this box React keeps the server's DOM as it is during hydration (an element
 * with dangerouslySetInnerHTML is a leaf to React), so the box costs one element, not thousands. Links in it are
 * plain links, so it must not hold interactive components. Mounted on the client without server DOM (a client-side
 * navigation, a boundary rendered in the browser), it renders its children as usual.
 */
export function StaticContent({ children, ...box }: Omit<ComponentProps<"div">, "ref" | "dangerouslySetInnerHTML">) {
  // The server snapshot is read only on the server and while hydrating: true exactly when server DOM is there.
  const hydrating = useSyncExternalStore(noSubscription, () => false, () => true);
  const [keepServerDom] = useState(hydrating && typeof window !== "undefined");
  if (keepServerDom) return <div {...box} data-static="" dangerouslySetInnerHTML={KEEP_SERVER_DOM} suppressHydrationWarning />;
  return <div {...box} data-static="">{children}</div>;
}
