// A district's four headline metrics year by year: a figure with its source line, 推算 where derived, 未公开 where a
// collected document does not disclose it and 未收录 where no document of that year was collected (as in metrics.csv).
import { Missing, Money, UnitNote } from "@/components/Money";
import { ScrollTable } from "@/components/ScrollTable";
import { SourceLink } from "@/components/SourceLink";
import type { MetricValueRow } from "@/lib/data/types";
import { METRICS } from "@/lib/domain/metrics";
import { t } from "@/lib/i18n/zh-CN";

export function DistrictYears({ values, years, caption }: { values: readonly MetricValueRow[]; years: readonly number[]; caption: string }) {
  return (
    <ScrollTable>
      <table data-testid="district-years">
        <caption>{caption} <UnitNote /></caption>
        <thead>
          <tr>
            <th scope="col">{t.common.year}</th>
            {METRICS.map((m) => (
              <th key={m} scope="col" className="num">{t.metricShort[m]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((year) => (
            <tr key={year} data-year={year}>
              <th scope="row">{year}</th>
              {METRICS.map((metric) => {
                const value = values.find((v) => v.year === year && v.metric === metric);
                const status = value?.status ?? "not_collected";
                return (
                  <td key={metric} className="num" data-metric={metric} data-status={status}>
                    {value?.amountYuan != null ? (
                      <>
                        <Money yuan={value.amountYuan} derived={status === "derived"} /> <SourceLink source={value.source} />
                      </>
                    ) : (
                      <Missing status={status === "not_disclosed" ? "not_disclosed" : "not_collected"} />
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
