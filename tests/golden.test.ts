// The parser, the metrics and a fresh import checked against figures read by hand from the documents
// (tests/golden/*.ts). The expected values are literals with their source lines; nothing expected is
// computed by the code under test (amounts are compared as integer 分 converted from the literals here).
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import Database from "better-sqlite3";
import { audit } from "../lib/audit";
import { runImport } from "../lib/import";
import { METRIC_PROJECTS } from "../lib/domain/metrics";
import { resolveMetrics } from "../lib/metrics/resolve";
import type { ParsedDocument, ParsedLine, ProjectAmount } from "../lib/parse";
import { freshDatabase } from "./db";
import { parseSource, SOURCES_DIR } from "./helpers";
import { DEFECTS, DOCUMENTS, METRIC_LINES, METRIC_SEEDS, yuanToFen } from "./golden/seeds";
import type { Cell, DefectSeed, DocumentGolden, NarrativeSeed } from "./golden/types";

const strip = (s: string) => s.replace(/\s+/g, "");
const fenOf = (cell: Cell) => yuanToFen(cell[1]);
const where = (file: string, line: number) => `${file}:${line}`;
const TWO_POINTS = /\.\d+\./;

/** The one figure a narrative seed names: same line and printed amount, subject equal or (uniquely) ending with it. */
function pickNarrative<T extends { subject: string; sourceLine: number; asPublished: string }>(all: T[], seed: NarrativeSeed, file: string): T {
  const onLine = all.filter((n) => n.sourceLine === seed.line && n.asPublished === seed.asPublished);
  const exact = onLine.filter((n) => strip(n.subject) === strip(seed.subject));
  const candidates = exact.length > 0 ? exact : onLine.filter((n) => strip(n.subject).endsWith(strip(seed.subject)));
  assert.equal(candidates.length, 1, `${where(file, seed.line)} “${seed.subject}” ${seed.asPublished}: ${candidates.length} figures (have ${all.filter((n) => n.sourceLine === seed.line).map((n) => `${n.subject}=${n.asPublished}`).join(", ")})`);
  const [figure] = candidates;
  assert.ok(figure);
  return figure;
}

function flags(defect: DefectSeed, findings: Array<{ check: string; file: string; line: number }>): void {
  for (const entry of defect.flagged) {
    const hit = findings.some((f) => defect.checks.includes(f.check) && f.file === entry.file && entry.anyOf.includes(f.line));
    assert.ok(
      hit,
      `${defect.key}: no ${defect.checks.join("/")} finding at ${entry.file}:${entry.anyOf.join("|")}; have ${findings
        .filter((f) => f.file === entry.file)
        .map((f) => `${f.check}@${f.line}`)
        .join(" ")}`,
    );
  }
}

// ---- the parser -----------------------------------------------------------------------------------

describe("golden: the parser reads what the documents print", () => {
  for (const golden of DOCUMENTS) {
    const file = golden.document.file;
    const doc: ParsedDocument = parseSource(file);

    describe(file, () => {
      it("document: district, year, kind, scope, entity, title line, line count", () => {
        const d = golden.document;
        assert.deepEqual(
          [doc.meta.districtSlug, doc.meta.year, doc.meta.kind, doc.meta.scope, doc.meta.entityName, doc.meta.titleLine, doc.lineCount],
          [d.district, d.year, d.kind, d.scope, d.entity, d.titleLine, d.lineCount],
        );
      });

      it("tables present are exactly the tables printed (an absent table stays absent)", () => {
        assert.deepEqual(
          doc.tables.map((t) => t.tableNo).filter((n) => n !== 9),
          golden.tables.map((t) => t.tableNo),
        );
        assert.equal(doc.tables.some((t) => t.tableNo === 9), golden.table9 !== null);
      });

      for (const table of golden.tables) {
        it(`table ${table.tableNo}: title line, unit, ${table.rowCount} rows, ${table.rows.length} sampled with every amount column`, () => {
          const parsed = doc.tables.find((t) => t.tableNo === table.tableNo);
          assert.ok(parsed, `table ${table.tableNo}`);
          assert.equal(parsed.titleLine, table.titleLine);
          assert.equal(parsed.unit, table.unit);
          assert.equal(parsed.lines.length, table.rowCount, "rows (a dropped or invented row changes the count)");
          if (table.noteLine !== undefined) {
            assert.equal(parsed.note?.sourceLine, table.noteLine);
            assert.ok(parsed.lines.every((l) => l.amounts.length === 0), "a table printed empty has no amounts");
          }
          const summary = parsed.classification === "收支总表";
          for (const row of table.rows) {
            const at = where(file, row.line);
            const matches: ParsedLine[] = parsed.lines.filter((l) => l.sourceLine === row.line && (row.side === undefined || l.side === row.side) && l.isTotal === (row.total ?? false));
            assert.equal(matches.length, 1, `${at} ${row.side ?? ""} ${row.name}`);
            const line = matches[0] as ParsedLine;
            assert.equal(line.name, row.name, at);
            assert.deepEqual(
              [line.codeLei, line.codeKuan, line.codeXiang, line.code],
              row.code ? [row.code[0], row.code[1], row.code[2], row.code.filter((c) => c !== null).join("")] : [null, null, null, null],
              `${at} code`,
            );
            const columns: string[] = parsed.columns.filter((c) => !summary || c.startsWith(`${row.side}:`)).map((c) => (summary ? c.slice(c.indexOf(":") + 1) : c));
            assert.deepEqual(columns, Object.keys(row.cells), `${at} columns`);
            for (const [column, cell] of Object.entries(row.cells)) {
              const amount = line.amounts.find((a) => a.column === column);
              if (cell === null) {
                assert.equal(amount, undefined, `${at} ${column} is blank, not ${amount?.money.asPublished}`);
                continue;
              }
              assert.ok(amount, `${at} ${column}`);
              assert.equal(amount.money.asPublished, cell[0], `${at} ${column} as printed`);
              // A figure printed with two decimal points gets its reading from the audit; the import test checks the stored one.
              if (!TWO_POINTS.test(cell[0])) assert.equal(amount.money.fen, fenOf(cell), `${at} ${column} = ${cell[1]} 元`);
              assert.equal(amount.money.unit, table.unit, `${at} ${column} unit`);
            }
          }
        });
      }

      if (golden.table9) {
        const t9 = golden.table9;
        it("table 9: every 三公 part as printed (blank = null, not 0) and 机关运行经费", () => {
          const parsed = doc.tables.find((t) => t.tableNo === 9);
          assert.equal(parsed?.titleLine, t9.titleLine);
          assert.equal(parsed?.unit, t9.unit);
          for (const [part, cell] of Object.entries(t9.parts)) {
            const found = doc.threePublic.find((c) => c.part === part);
            assert.ok(found, part);
            assert.equal(found.sourceLine, t9.line, part);
            if (cell === null) {
              assert.equal(found.money, null, `${part} is blank`);
              assert.equal(found.asPublished, "", `${part} is blank`);
            } else {
              assert.equal(found.asPublished, cell[0], part);
              assert.equal(found.money?.fen, fenOf(cell), `${part} = ${cell[1]} 元`);
              assert.equal(found.money?.unit, "万元", part);
            }
          }
          assert.equal(doc.operating?.sourceLine, t9.line);
          assert.equal(doc.operating?.money.asPublished, t9.operating[0]);
          assert.equal(doc.operating?.money.fen, fenOf(t9.operating));
        });
      } else {
        it("no table 9, so no 三公 parts and no 机关运行经费", () => {
          assert.deepEqual([doc.threePublic.length, doc.operating], [0, null]);
        });
      }

      it(`${golden.projects.length} projects: name, line, implementer, unit, every amount field, indicator count`, () => {
        assert.deepEqual(doc.projects.map((p) => strip(p.name)), golden.projects.map((p) => strip(p.name)));
        for (const seed of golden.projects) {
          const project = doc.projects.find((p) => strip(p.name) === strip(seed.name));
          assert.ok(project, seed.name);
          const at = `${where(file, seed.line)} ${seed.name}`;
          assert.deepEqual([project.sourceLine, project.implementer, project.unit, project.indicators.length], [seed.line, seed.implementer, seed.unit, seed.indicatorCount], at);
          assert.deepEqual(project.amounts.map((a) => a.field).sort(), seed.amounts.map((a) => a.field).sort(), `${at}: fields printed`);
          for (const amount of seed.amounts) {
            const found: ProjectAmount | undefined = project.amounts.find((a) => a.field === amount.field);
            assert.ok(found, `${at} ${amount.field}`);
            assert.deepEqual([found.sourceLine, found.money.asPublished, found.money.fen, found.money.unit], [amount.line, amount.cell[0], fenOf(amount.cell), seed.unit], `${at} ${amount.field}`);
          }
          for (const field of seed.blank) assert.ok(!project.amounts.some((a) => a.field === field), `${at} ${field} is blank`);
        }
      });

      it(`${golden.narrative.length} narrative figures: amount, unit, change against the prior year`, () => {
        const figures = doc.narrative.map((n) => ({ ...n, asPublished: n.money.asPublished }));
        for (const seed of golden.narrative) {
          const figure = pickNarrative(figures, seed, file);
          const at = `${where(file, seed.line)} ${seed.subject}`;
          assert.deepEqual([figure.money.unit, figure.money.fen], [seed.unit, yuanToFen(seed.yuan)], at);
          if (!seed.change) {
            assert.equal(figure.change, null, `${at}: no change stated`);
            continue;
          }
          assert.ok(figure.change, `${at}: change`);
          assert.deepEqual(
            [figure.change.direction, figure.change.priorYear, figure.change.money?.asPublished ?? null, figure.change.money?.fen ?? null],
            [seed.change.direction, seed.change.priorYear, seed.change.asPublished, seed.change.yuan === null ? null : yuanToFen(seed.change.yuan)],
            `${at}: change`,
          );
        }
      });
    });
  }
});

// ---- which projects are the headline metrics ------------------------------------------------------

describe("golden: which projects count as 医疗救助 and 互助帮困", () => {
  for (const golden of DOCUMENTS) {
    for (const project of golden.projects) {
      it(`${golden.document.file}:${project.line} ${project.name} → ${project.metric ?? "no metric"}`, () => {
        const recognised = METRIC_PROJECTS.filter((p) => p.matches.test(strip(project.name))).map((p) => p.metric);
        assert.deepEqual(recognised, project.metric ? [project.metric] : []);
      });
    }
  }
});

// ---- metrics resolution ---------------------------------------------------------------------------

describe("golden: headline metrics per district × year", () => {
  const docs = DOCUMENTS.map((g) => parseSource(g.document.file));
  const metrics = resolveMetrics(docs, audit(docs).findings).records;
  const key = (d: string, y: number, m: string) => `${d} ${y} ${m}`;

  for (const seed of METRIC_SEEDS) {
    it(`${key(seed.district, seed.year, seed.metric)}: ${seed.status} ${seed.yuan ?? ""}`, () => {
      const value = metrics.find((m) => m.districtSlug === seed.district && m.year === seed.year && m.metric === seed.metric);
      assert.ok(value);
      assert.deepEqual(
        [value.status, value.amountFen, value.unitAsPublished, value.amountAsPublished, value.scope, value.entityName, value.fileName, value.sourceLine],
        [seed.status, seed.yuan === null ? null : yuanToFen(seed.yuan), seed.unit, seed.asPublished, seed.scope, seed.entity, seed.file, seed.line],
      );
    });
  }

  it("no other value claims to be disclosed or derived", () => {
    const claimed = metrics.filter((m) => m.status === "disclosed" || m.status === "derived").map((m) => key(m.districtSlug, m.year, m.metric));
    const seeded = METRIC_SEEDS.filter((s) => s.status !== "not_disclosed").map((s) => key(s.district, s.year, s.metric));
    assert.deepEqual(claimed.sort(), seeded.sort());
  });
});

// ---- the audit, on the lines it names -------------------------------------------------------------

describe("golden: every real defect is flagged on its lines by a plausible check", () => {
  const docs = DOCUMENTS.map((g) => parseSource(g.document.file));
  const findings = audit(docs).findings.flatMap((f) => f.locations.map((l) => ({ check: f.check, file: l.fileName, line: l.line })));
  for (const defect of DEFECTS) {
    it(`${defect.key}: ${defect.what}`, () => flags(defect, findings));
  }
});

// ---- a fresh import into real SQLite --------------------------------------------------------------

describe("golden: a fresh import stores the hand-read figures", () => {
  const target = freshDatabase();
  let db: Database.Database;
  const rows = (sql: string, ...params: Array<string | number>) => db.prepare(sql).all(...params) as Array<Record<string, unknown>>;

  before(async () => {
    await runImport({ files: [], sourcesDir: SOURCES_DIR, databaseUrl: target.url });
    db = new Database(target.file, { readonly: true });
    db.defaultSafeIntegers(true);
  });
  after(() => db?.close());

  const num = (v: unknown) => (typeof v === "bigint" ? Number(v) : v);
  const fenOrNull = (v: unknown) => (v === null || v === undefined ? null : BigInt(v as bigint));

  it("every metric value, with status, amount, unit and figure as printed, scope, entity, file and line", () => {
    const stored = rows(`SELECT d.slug, m.year, m.metric, m.status, m.amountFen, m.unitAsPublished, m.amountAsPublished, m.scope, m.entityName,
                                doc.fileName, m.sourceLine
                         FROM MetricValue m JOIN District d ON d.id = m.districtId LEFT JOIN SourceDocument doc ON doc.id = m.documentId`);
    for (const seed of METRIC_SEEDS) {
      const row = stored.find((r) => r.slug === seed.district && num(r.year) === seed.year && r.metric === seed.metric);
      assert.ok(row, `${seed.district} ${seed.year} ${seed.metric}`);
      assert.deepEqual(
        [row.status, fenOrNull(row.amountFen), row.unitAsPublished, row.amountAsPublished, row.scope, row.entityName, row.fileName, num(row.sourceLine)],
        [seed.status, seed.yuan === null ? null : yuanToFen(seed.yuan), seed.unit, seed.asPublished, seed.scope, seed.entity, seed.file, seed.line],
        `${seed.district} ${seed.year} ${seed.metric}`,
      );
    }
    const claimed = stored.filter((r) => r.status === "disclosed" || r.status === "derived").length;
    assert.equal(claimed, METRIC_SEEDS.filter((s) => s.status !== "not_disclosed").length);
  });

  const check = (golden: DocumentGolden) => {
    const file = golden.document.file;

    it(`${file}: the budget lines of each table, counted by hand`, () => {
      const stored = rows("SELECT l.tableNo, COUNT(*) AS n FROM BudgetLine l JOIN SourceDocument doc ON doc.id = l.documentId WHERE doc.fileName = ? GROUP BY l.tableNo", file);
      const counts = new Map(stored.map((r) => [num(r.tableNo), num(r.n)]));
      for (const table of golden.tables) assert.equal(counts.get(table.tableNo) ?? 0, table.rowCount, `table ${table.tableNo}`);
    });

    it(`${file}: sampled budget lines and their amounts`, () => {
      for (const table of golden.tables) {
        for (const row of table.rows) {
          const lines = rows(
            `SELECT l.id, l.name, l.code, l.side, l.isTotal FROM BudgetLine l
             JOIN SourceDocument doc ON doc.id = l.documentId WHERE doc.fileName = ? AND l.tableNo = ? AND l.sourceLine = ?`,
            file, table.tableNo, row.line,
          ).filter((l) => (row.side === undefined || l.side === row.side) && Boolean(num(l.isTotal)) === (row.total ?? false));
          const at = `${where(file, row.line)} ${row.name}`;
          assert.equal(lines.length, 1, at);
          const line = lines[0] as Record<string, unknown>;
          assert.equal(line.name, row.name, at);
          assert.equal(line.code, row.code ? row.code.filter((c) => c !== null).join("") : null, at);
          const amounts = rows("SELECT \"column\", amountFen, amountAsPublished FROM BudgetAmount WHERE lineId = ?", num(line.id) as number);
          const expected = Object.entries(row.cells)
            .filter((entry): entry is [string, Cell] => entry[1] !== null)
            .map(([column, cell]) => `${column}=${cell[0]}=${fenOf(cell)}`);
          assert.deepEqual(amounts.map((a) => `${String(a.column)}=${String(a.amountAsPublished)}=${String(a.amountFen)}`).sort(), expected.sort(), at);
        }
      }
    });

    it(`${file}: projects, their amounts and indicator counts`, () => {
      const projects = rows("SELECT p.id, p.name, p.sourceLine, p.implementer, p.unit FROM Project p JOIN SourceDocument doc ON doc.id = p.documentId WHERE doc.fileName = ?", file);
      assert.equal(projects.length, golden.projects.length);
      for (const seed of golden.projects) {
        const project = projects.find((p) => strip(String(p.name)) === strip(seed.name));
        assert.ok(project, seed.name);
        const id = num(project.id) as number;
        assert.deepEqual([num(project.sourceLine), project.implementer, project.unit], [seed.line, seed.implementer, seed.unit], seed.name);
        const amounts = rows("SELECT field, amountFen, amountAsPublished, sourceLine FROM ProjectAmount WHERE projectId = ?", id);
        assert.deepEqual(
          amounts.map((a) => `${String(a.field)} ${String(a.sourceLine)} ${String(a.amountAsPublished)} ${String(a.amountFen)}`).sort(),
          seed.amounts.map((a) => `${a.field} ${a.line} ${a.cell[0]} ${fenOf(a.cell)}`).sort(),
          seed.name,
        );
        assert.equal(rows("SELECT id FROM Indicator WHERE projectId = ?", id).length, seed.indicatorCount, `${seed.name} indicators`);
      }
    });

    if (golden.table9) {
      const t9 = golden.table9;
      it(`${file}: table 9 parts (blank stored as NULL, not 0) and 机关运行经费`, () => {
        const parts = rows("SELECT part, amountFen, amountAsPublished, sourceLine FROM ThreePublicItem i JOIN SourceDocument doc ON doc.id = i.documentId WHERE doc.fileName = ?", file);
        assert.equal(parts.length, Object.keys(t9.parts).length);
        for (const [part, cell] of Object.entries(t9.parts)) {
          const row = parts.find((p) => p.part === part);
          assert.ok(row, part);
          assert.deepEqual([fenOrNull(row.amountFen), num(row.sourceLine)], [cell === null ? null : fenOf(cell), t9.line], part);
          if (cell) assert.equal(row.amountAsPublished, cell[0], part);
        }
        const operating = rows("SELECT amountFen, amountAsPublished, sourceLine FROM OperatingExpense o JOIN SourceDocument doc ON doc.id = o.documentId WHERE doc.fileName = ?", file);
        assert.deepEqual(
          operating.map((o) => [fenOrNull(o.amountFen), o.amountAsPublished, num(o.sourceLine)]),
          [[fenOf(t9.operating), t9.operating[0], t9.line]],
        );
      });
    }

    if (golden.narrative.length > 0) {
      it(`${file}: narrative figures and the prior-year amounts they imply`, () => {
        const stored = rows(
          `SELECT subject, amountFen, unit, amountAsPublished, changeDirection, changeFen, priorYear, priorFen, sourceLine
           FROM NarrativeFigure n JOIN SourceDocument doc ON doc.id = n.documentId WHERE doc.fileName = ?`,
          file,
        ).map((r) => ({
          subject: String(r.subject), sourceLine: num(r.sourceLine) as number, asPublished: String(r.amountAsPublished), unit: r.unit,
          amountFen: r.amountFen, changeDirection: r.changeDirection, changeFen: r.changeFen, priorYear: r.priorYear, priorFen: r.priorFen,
        }));
        for (const seed of golden.narrative) {
          const figure = pickNarrative(stored, seed, file);
          const at = `${where(file, seed.line)} ${seed.subject}`;
          assert.deepEqual([figure.unit, fenOrNull(figure.amountFen)], [seed.unit, yuanToFen(seed.yuan)], at);
          assert.deepEqual(
            [figure.changeDirection, num(figure.priorYear) ?? null, fenOrNull(figure.changeFen), fenOrNull(figure.priorFen)],
            seed.change
              ? [seed.change.direction, seed.change.priorYear, seed.change.yuan === null ? null : yuanToFen(seed.change.yuan), yuanToFen(seed.change.priorYuan)]
              : [null, null, null, null],
            at,
          );
        }
      });
    }
  };
  for (const golden of DOCUMENTS) check(golden);

  it("the lines of 210 13 01 and 210 13 99 are exactly the hand-read ones, with their amounts", () => {
    for (const [metric, code] of [["medical-assistance", "2101301"], ["mutual-aid", "2101399"]] as const) {
      const stored = rows(
        `SELECT doc.fileName, l.tableNo, l.sourceLine, (SELECT COUNT(*) FROM BudgetAmount a WHERE a.lineId = l.id) AS amounts
         FROM BudgetLine l JOIN SourceDocument doc ON doc.id = l.documentId WHERE l.code = ?`,
        code,
      ).map((r) => `${String(r.fileName)} 表${String(r.tableNo)}:${String(r.sourceLine)} ×${String(r.amounts)}`);
      assert.deepEqual(stored.sort(), METRIC_LINES[metric].map((l) => `${l.file} 表${l.tableNo}:${l.line} ×${l.amounts}`).sort(), code);
    }
  });

  it("every real defect is flagged on its lines in the stored findings", () => {
    const stored = rows(
      `SELECT f."check" AS "check", doc.fileName, l.line FROM AuditFinding f JOIN FindingLocation l ON l.findingId = f.id
       JOIN SourceDocument doc ON doc.id = l.documentId`,
    ).map((r) => ({ check: String(r.check), file: String(r.fileName), line: num(r.line) as number }));
    for (const defect of DEFECTS) flags(defect, stored);
  });
});
