// A money figure from an exact decimal string: both 万元 and 元 are in the HTML; the unit switch only toggles which shows.
// One rule for 万元: two decimals (lib/money formatWan), the exact 元 on hover (title) and in the tables' 精确值 column.
import { formatWan, formatYuan } from "@/lib/money";
import { fill, t } from "@/lib/i18n/zh-CN";

/** Why a figure is absent: a collected document does not disclose it (未公开), or no document was collected (未收录). */
export type MissingStatus = "not_disclosed" | "not_collected";

/** The status word for an absent figure, never 0. */
export function Missing({ status = "not_disclosed" }: { status?: MissingStatus }) {
  return <span className={status === "not_collected" ? "not-collected" : "not-disclosed"}>{t.status[status]}</span>;
}

export function Money({ yuan, derived = false, missing }: { yuan: string | null; derived?: boolean; missing?: MissingStatus }) {
  if (yuan === null) return <Missing status={missing} />;
  return (
    <span className={derived ? "money derived" : "money"} title={`${formatYuan(yuan)} ${t.units.yuan}`}>
      <span className="u-wan">{formatWan(yuan)} {t.units.wan}</span>
      <span className="u-yuan">{formatYuan(yuan)} {t.units.yuan}</span>
      {derived ? <span className="derived-mark">{t.chart.derivedMark}</span> : null}
    </span>
  );
}

/** The exact 元 value, always shown (tables' 精确值 column). */
export function ExactYuan({ yuan, missing }: { yuan: string | null; missing?: MissingStatus }) {
  if (yuan === null) return <Missing status={missing} />;
  return <span className="exact">{formatYuan(yuan)}</span>;
}

/** A signed difference in the display unit. */
export function MoneyDelta({ yuan }: { yuan: string }) {
  const exact = formatYuan(yuan, { signed: true });
  return (
    <span className="money" title={`${exact} ${t.units.yuan}`}>
      <span className="u-wan">{formatWan(yuan, { signed: true })} {t.units.wan}</span>
      <span className="u-yuan">{exact} {t.units.yuan}</span>
    </span>
  );
}

/** "单位：万元" or "单位：元", following the unit switch: for a table whose amounts are <Money>. */
export function UnitNote() {
  return (
    <span className="unit-note">
      <span className="u-wan">{fill(t.chart.unitNote, { unit: t.units.wan })}</span>
      <span className="u-yuan">{fill(t.chart.unitNote, { unit: t.units.yuan })}</span>
    </span>
  );
}
