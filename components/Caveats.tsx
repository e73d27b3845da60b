import { t } from "@/lib/i18n/zh-CN";

/** The comparability caveats, shown with every metric definition. */
export function Caveats() {
  return (
    <div className="notice" role="note">
      <strong>{t.metric.caveats}</strong>
      <ul>
        <li>{t.caveats.baoshanMutualAid}</li>
        <li>{t.caveats.qingpuUnit}</li>
        <li>{t.caveats.putuoProjects}</li>
        <li>{t.caveats.derived}</li>
      </ul>
    </div>
  );
}
