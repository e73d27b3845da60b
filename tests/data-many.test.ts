// lib/data reading more rows than SQLite takes bind values (999) in one list: the lines, projects and findings of
// many documents, each with its related rows in their order. `next build` with 1,000 synthetic documents failed
// here (P2029 on /about) when an include carried its own orderBy. The five documents are imported for real,
// then each line, project and finding is copied until every list holds over 999 parents; copies get their
// related rows in reverse order, so only an explicit ordering gives them back in column, ordinal and id order.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import Database from "better-sqlite3";
import { runImport } from "../lib/import";
import { count, freshDatabase } from "./db";
import { SOURCES_DIR } from "./helpers";

const PARENTS = 1_200;
const db = freshDatabase();
process.env.DATABASE_URL = db.url;
const { listBudgetLines, listFindings, listProjects } = await import("../lib/data");

interface Family {
  parent: string;
  child: string;
  foreignKey: string;
  /** The child column that orders related rows; a copy's are inserted in the reverse of it. */
  order: string;
}

const FAMILIES: Family[] = [
  { parent: "BudgetLine", child: "BudgetAmount", foreignKey: "lineId", order: "columnIndex" },
  { parent: "Project", child: "Indicator", foreignKey: "projectId", order: "ordinal" },
  { parent: "AuditFinding", child: "FindingLocation", foreignKey: "findingId", order: "id" },
];

/** Copies parents (with their children, inserted in reverse order) until the table holds `total` rows. */
function multiply(file: string, family: Family, total: number): void {
  const sqlite = new Database(file);
  try {
    const columns = (table: string) => (sqlite.prepare(`PRAGMA table_info("${table}")`).all() as Array<{ name: string }>).map((c) => c.name).filter((c) => c !== "id");
    const parentColumns = columns(family.parent);
    const childColumns = columns(family.child).filter((c) => c !== family.foreignKey);
    const textId = family.parent === "AuditFinding"; // finding ids are text; the others are autoincrement integers
    const originals = sqlite.prepare(`SELECT id FROM "${family.parent}" ORDER BY id`).all() as Array<{ id: number | string }>;
    const quoted = (list: string[]) => list.map((c) => `"${c}"`).join(", ");
    const copyParent = textId
      ? sqlite.prepare(`INSERT INTO "${family.parent}" (id, ${quoted(parentColumns)}) SELECT ?, ${quoted(parentColumns)} FROM "${family.parent}" WHERE id = ?`)
      : sqlite.prepare(`INSERT INTO "${family.parent}" (${quoted(parentColumns)}) SELECT ${quoted(parentColumns)} FROM "${family.parent}" WHERE id = ?`);
    const children = sqlite.prepare(`SELECT id FROM "${family.child}" WHERE "${family.foreignKey}" = ? ORDER BY "${family.order}" DESC`);
    const copyChild = sqlite.prepare(`INSERT INTO "${family.child}" ("${family.foreignKey}", ${quoted(childColumns)}) SELECT ?, ${quoted(childColumns)} FROM "${family.child}" WHERE id = ?`);
    sqlite.transaction(() => {
      for (let copy = 0, n = originals.length; n < total; copy++) {
        for (const { id } of originals) {
          if (n >= total) break;
          const newId = textId ? `${String(id)}-copy${copy}` : (copyParent.run(id).lastInsertRowid as number);
          if (textId) copyParent.run(newId, id);
          for (const child of children.all(id) as Array<{ id: number }>) copyChild.run(newId, child.id);
          n++;
        }
      }
    })();
  } finally {
    sqlite.close();
  }
}

/** Each parent's child values in order, keyed as the listed rows show the parent. */
function orderedChildren(file: string, sql: string): Map<string, string[]> {
  const sqlite = new Database(file, { readonly: true });
  try {
    const out = new Map<string, string[]>();
    for (const row of sqlite.prepare(sql).all() as Array<{ key: string; value: string | number }>) out.set(row.key, [...(out.get(row.key) ?? []), String(row.value)]);
    return out;
  } finally {
    sqlite.close();
  }
}

// Read before the copies are made, from the rows the import wrote: a copy must list the same.
const AMOUNT_COLUMNS = `SELECT d."fileName" || ':' || l."sourceLine" || ':' || COALESCE(l.side, '') AS key, a."column" AS value FROM "BudgetLine" l JOIN "SourceDocument" d ON d.id = l."documentId" JOIN "BudgetAmount" a ON a."lineId" = l.id ORDER BY a."columnIndex"`;
const INDICATOR_LINES = `SELECT d."fileName" || ':' || p."sourceLine" AS key, i."sourceLine" AS value FROM "Project" p JOIN "SourceDocument" d ON d.id = p."documentId" JOIN "Indicator" i ON i."projectId" = p.id ORDER BY i.ordinal`;

describe("reading over 999 lines, projects and findings, each with its related rows", () => {
  let amountColumns = new Map<string, string[]>();
  let indicatorLines = new Map<string, string[]>();

  before(async () => {
    await runImport({ files: [], sourcesDir: SOURCES_DIR, databaseUrl: db.url });
    amountColumns = orderedChildren(db.file, AMOUNT_COLUMNS);
    indicatorLines = orderedChildren(db.file, INDICATOR_LINES);
    for (const family of FAMILIES) multiply(db.file, family, PARENTS);
  });

  it("lists every line with its amounts in column order", async () => {
    const lines = await listBudgetLines();
    assert.equal(count(db.file, "BudgetLine"), PARENTS);
    assert.equal(lines.length, PARENTS);
    for (const l of lines) assert.deepEqual(l.amounts.map((a) => a.column), amountColumns.get(`${l.file}:${l.source.line}:${l.side ?? ""}`) ?? [], `${l.file}:${l.source.line} ${l.side ?? ""}`);
  });

  it("lists every project with its indicators in printed order", async () => {
    const projects = await listProjects();
    assert.equal(count(db.file, "Project"), PARENTS);
    assert.equal(projects.length, PARENTS);
    assert.ok(projects.some((p) => p.indicators.length > 1), "some project has several indicators");
    for (const p of projects) assert.deepEqual(p.indicators.map((i) => String(i.source.line)), indicatorLines.get(`${p.file}:${p.source.line}`) ?? [], `${p.file}:${p.source.line}`);
  });

  // SQLite returns a finding's locations by its findingId index, in id order, with or without the sort, so here
  // only the count (P2029 on the old query) can fail; the order is pinned for the record.
  it("lists every finding with its locations in stored order", async () => {
    const findings = await listFindings();
    assert.equal(count(db.file, "AuditFinding"), PARENTS);
    assert.equal(findings.length, PARENTS);
    const locationLines = orderedChildren(db.file, `SELECT "findingId" AS key, line AS value FROM "FindingLocation" ORDER BY id`);
    for (const f of findings) assert.deepEqual(f.locations.map((l) => String(l.line)), locationLines.get(f.id) ?? [], f.id);
  });
});
