"use client";
import { SiteLink } from "@/components/SiteLink";
import { usePathname } from "next/navigation";

export interface NavItem {
  href: string;
  label: string;
  /** The path prefix of the section the link leads into (/metrics for /metrics/mutual-aid). */
  section: string;
}

/** The main navigation's links; the one whose section holds the current page is marked aria-current="page". */
export function NavLinks({ items }: { items: readonly NavItem[] }) {
  const pathname = usePathname();
  return (
    <ul>
      {items.map((item) => {
        const current = pathname === item.section || pathname.startsWith(`${item.section}/`);
        return (
          <li key={item.href}>
            <SiteLink href={item.href} aria-current={current ? "page" : undefined}>{item.label}</SiteLink>
          </li>
        );
      })}
    </ul>
  );
}
