import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * Every in-site link. Next prefetches each link as it scrolls into view; on a phone that is a download and a parse
 * per link while the page is still starting (Lighthouse counted it as most of the home page's blocking time).
 * The pages are static and small, so a click fetches its page when it happens instead.
 */
export function SiteLink(props: Omit<ComponentProps<typeof Link>, "prefetch">) {
  return <Link {...props} prefetch={false} />;
}
