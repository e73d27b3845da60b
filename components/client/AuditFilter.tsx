"use client";
// Filters the server-rendered findings list by district, document and severity (URL: ?district=&file=&severity=).
// The list stays in the HTML; filtering only hides rows, so the page is complete without JavaScript.
import { Suspense } from "react";
import { useSearchParams } from "next/navigation";
import { fill, t } from "@/lib/i18n/zh-CN";
import { replaceQuery } from "./url-state";

export interface FindingFacet {
  id: string;
  district: string | null;
  files: readonly string[];
  severity: string;
}

interface Props {
  listId: string;
  items: readonly FindingFacet[];
  districts: ReadonlyArray<{ value: string; label: string }>;
  files: ReadonlyArray<{ value: string; label: string }>;
  severities: ReadonlyArray<{ value: string; label: string }>;
}

interface Selection {
  district: string;
  file: string;
  severity: string;
}

function read(params: Pick<URLSearchParams, "get">, props: Props): { selection: Selection; problems: Array<{ name: string; value: string }> } {
  const problems: Array<{ name: string; value: string }> = [];
  const pick = (name: keyof Selection, allowed: ReadonlyArray<{ value: string }>) => {
    const raw = params.get(name);
    if (raw === null || raw === "") return "";
    if (allowed.some((a) => a.value === raw)) return raw;
    problems.push({ name, value: raw });
    return "";
  };
  return {
    selection: { district: pick("district", props.districts), file: pick("file", props.files), severity: pick("severity", props.severities) },
    problems,
  };
}

/** `ready`: rendered by the client with its handlers (the server HTML holds an inert copy); tests wait for data-ready. */
function Filter({ props, selection, problems, ready }: { props: Props; selection: Selection; problems: ReadonlyArray<{ name: string; value: string }>; ready: boolean }) {
  const hidden = props.items.filter(
    (item) =>
      (selection.district && item.district !== selection.district) ||
      (selection.file && !item.files.includes(selection.file)) ||
      (selection.severity && item.severity !== selection.severity),
  );
  const select = (name: keyof Selection, label: string, options: ReadonlyArray<{ value: string; label: string }>) => (
    <label>
      {label}{" "}
      <select name={name} value={selection[name]} data-testid={`filter-${name}`}
        onChange={(e) => replaceQuery({ [name]: e.target.value === "" ? null : e.target.value })}>
        <option value="">{t.common.all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </label>
  );
  return (
    <form className="controls" method="get" aria-label={t.audit.filter} onSubmit={(e) => e.preventDefault()} data-testid="audit-filter" data-ready={ready ? "true" : undefined}>
      {select("district", t.common.district, props.districts)}
      {select("file", t.common.document, props.files)}
      {select("severity", t.common.severity, props.severities)}
      <button type="button" onClick={() => replaceQuery({ district: null, file: null, severity: null })}>{t.audit.reset}</button>
      <p className="muted" role="status" data-testid="finding-count">
        {fill(t.audit.count, { shown: props.items.length - hidden.length, total: props.items.length })}
      </p>
      {problems.map((p) => (
        <p key={p.name} className="param-problem">{fill(t.controls.invalid, { name: p.name, value: p.value })}</p>
      ))}
      {hidden.length > 0 ? (
        <style>{hidden.map((h) => `#${props.listId} > [data-id="${h.id}"]`).join(",") + "{display:none}"}</style>
      ) : null}
    </form>
  );
}

function FromUrl(props: Props) {
  const { selection, problems } = read(useSearchParams(), props);
  return <Filter props={props} selection={selection} problems={problems} ready />;
}

export function AuditFilter(props: Props) {
  return (
    <Suspense fallback={<Filter props={props} selection={{ district: "", file: "", severity: "" }} problems={[]} ready={false} />}>
      <FromUrl {...props} />
    </Suspense>
  );
}
