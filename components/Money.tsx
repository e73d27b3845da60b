// A money figure from an exact decimal string: both 万元 and 元 are in the HTML; the unit switch only toggles which shows.
import { formatWanString, formatYuanString } from "@/lib/dashboard/decimal-format";
import { t } from "@/lib/i18n/zh-CN";

export function Money({ yuan, derived = false }: { yuan: string | null; derived?: boolean }) {
  if (yuan === null) return <span className="not-disclosed">{t.status.not_disclosed}</span>;
  return (
    <span className={derived ? "money derived" : "money"} title={`${formatYuanString(yuan)} ${t.units.yuan}`}>
      <span className="u-wan">{formatWanString(yuan)} {t.units.wan}</span>
      <span className="u-yuan">{formatYuanString(yuan)} {t.units.yuan}</span>
      {derived ? <span className="derived-mark">{t.chart.derivedMark}</span> : null}
    </span>
  );
}

/** The exact 元 value, always shown (tables' 精确值 column). */
export function ExactYuan({ yuan }: { yuan: string | null }) {
  if (yuan === null) return <span className="not-disclosed">{t.status.not_disclosed}</span>;
  return <span className="exact">{formatYuanString(yuan)}</span>;
}

/** A signed difference in the display unit. */
export function MoneyDelta({ yuan }: { yuan: string }) {
  const wan = formatWanString(yuan);
  const exact = formatYuanString(yuan);
  const sign = (s: string) => (s.startsWith("−") || /^[0.,]+$/.test(s) ? s : `+${s}`);
  return (
    <span className="money" title={`${sign(exact)} ${t.units.yuan}`}>
      <span className="u-wan">{sign(wan)} {t.units.wan}</span>
      <span className="u-yuan">{sign(exact)} {t.units.yuan}</span>
    </span>
  );
}
