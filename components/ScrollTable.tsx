// A wide table's sideways-scrolling box with its cue: the hint shows only while the box actually overflows (CSS).
import type { ReactNode } from "react";
import { t } from "@/lib/i18n/zh-CN";

export function ScrollTable({ children, className = "table-scroll" }: { children: ReactNode; className?: string }) {
  return (
    <div className={className} data-scroll-container="">
      <p className="scroll-hint" aria-hidden="true" data-testid="scroll-hint">{t.tables.scrollHint}</p>
      {children}
    </div>
  );
}
