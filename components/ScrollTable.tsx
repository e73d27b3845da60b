// A wide table's sideways-scrolling box with its cue: the hint shows only while the box actually overflows (CSS).
// Tables are static: the box is a StaticContent, so hydration skips the rows (see components/client/StaticContent).
import type { ReactNode } from "react";
import { StaticContent } from "@/components/client/StaticContent";
import { t } from "@/lib/i18n/zh-CN";

export function ScrollTable({ children, className = "table-scroll" }: { children: ReactNode; className?: string }) {
  return (
    <StaticContent className={className} data-scroll-container="">
      <p className="scroll-hint" aria-hidden="true" data-testid="scroll-hint">{t.tables.scrollHint}</p>
      {children}
    </StaticContent>
  );
}
