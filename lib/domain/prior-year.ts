// The prior-year rule: a sentence such as "比上年预算减少48.91万元" or "与上年预算持平" states last year's
// figure as this year's figure minus the change.

export type ChangeDirection = "increase" | "decrease" | "flat";

export interface StatedChange {
  direction: ChangeDirection;
  /** The change as stated (absent for 持平). */
  changeFen: bigint | null;
}

/** The prior year's amount implied by this year's amount and the stated change. */
export function priorYearFen(amountFen: bigint, change: StatedChange): bigint {
  const delta = change.changeFen ?? 0n;
  if (change.direction === "increase") return amountFen - delta;
  if (change.direction === "decrease") return amountFen + delta;
  return amountFen;
}
