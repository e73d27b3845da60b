// The golden oracle: figures read by hand from the five documents in data/sources/, never computed by the
// code under test. One file per document, plus the headline metrics and the defects.
import { BAOSHAN_2023 } from "./baoshan-2023";
import { BAOSHAN_2023_PROJECTS } from "./baoshan-2023-projects";
import { BAOSHAN_2026 } from "./baoshan-2026";
import { PUTUO_2026 } from "./putuo-2026";
import { QINGPU_2023 } from "./qingpu-2023";
import type { DocumentGolden } from "./types";

export { CHANGE_SEEDS, METRIC_LINES, METRIC_NAMES_ZH, METRIC_SEEDS } from "./metrics";
export { CURRENT_FINDINGS, DEFECTS, OBSERVATIONS } from "./defects";

/** In file-name order (000 … 004). */
export const DOCUMENTS: readonly DocumentGolden[] = [BAOSHAN_2026, BAOSHAN_2023_PROJECTS, BAOSHAN_2023, QINGPU_2023, PUTUO_2026];

/** Exact 元 text → integer 分, by string arithmetic (no app code): "-7450000.00" → -745000000n. */
export function yuanToFen(yuan: string): bigint {
  const match = /^(-?)(\d+)\.(\d{2})$/.exec(yuan);
  if (!match) throw new Error(`not an exact 元 amount: ${JSON.stringify(yuan)}`);
  const [, sign, whole = "", cents = ""] = match;
  const fen = BigInt(whole) * 100n + BigInt(cents);
  return sign === "-" ? -fen : fen;
}
