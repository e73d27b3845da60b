"use client";
// Writes view state into the URL without a server round trip (Next keeps useSearchParams in sync with history.replaceState).
import { viewStateQuery } from "@/lib/dashboard/view-state";

export function replaceQuery(changes: Record<string, string | null>): void {
  const query = viewStateQuery(window.location.search, changes);
  window.history.replaceState(null, "", `${window.location.pathname}${query}${window.location.hash}`);
}
