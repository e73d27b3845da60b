// Table 9 (三公经费 and 机关运行经费) and the rules that hold for every table: each figure stands under the heading
// printed above it, near-miss headings are not parts, and a table is read once, whole, across its pages.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fenToYuan } from "../lib/money";
import type { ParsedDocument } from "../lib/parse";
import { parseText } from "./helpers";
import { HEADER_LINES, TABLE_3_HEAD, assertSourceError, textWithTable3 as fragment } from "./parse-fragments";

const TITLE_9 = ["9、2026年部门“三公”经费和机关运行经费预算", "单位：万元"];
const TOP = "“三公”经费预算数\t\t\t\t\t\t机关运行经费预算数";
const PARTS = "合计\t因公出国(境)费\t公务接待费\t公务用车购置及运行费\t\t\t";
const VEHICLE_PARTS = "\t\t\t小计\t购置费\t运行费\t";
const TABLE_3_ROWS = ["201	06	02 一般行政管理事务	100.00		100.00", "合计				100.00		100.00"];

const refuses = (text: string, message: RegExp) => assertSourceError(() => parseText(text), message);
const parts = (doc: ParsedDocument) => doc.threePublic.map((c) => [c.part, c.label, c.money === null ? null : fenToYuan(c.money.fen)]);
const table = (doc: ParsedDocument, tableNo: number) => doc.tables.find((t) => t.tableNo === tableNo);

describe("table 9: each figure under its heading", () => {
  it("the usual two-row header: every part, 机关运行经费 apart, and the columns as printed (万元 → 元)", () => {
    const doc = parseText(fragment(...TITLE_9, TOP, PARTS, VEHICLE_PARTS, "3.50\t0.50\t1.00\t2.00\t\t2.00\t229.43"));
    assert.deepEqual(parts(doc), [
      ["total", "“三公”经费预算数 / 合计", "35000.00"],
      ["abroad", "因公出国(境)费", "5000.00"],
      ["reception", "公务接待费", "10000.00"],
      ["vehicles", "公务用车购置及运行费 / 小计", "20000.00"],
      ["vehiclePurchase", "购置费", null],
      ["vehicleOperation", "运行费", "20000.00"],
    ]);
    assert.deepEqual([doc.operating?.label, doc.operating?.money.asPublished, doc.operating?.sourceLine], ["机关运行经费预算数", "229.43", 10]);
    assert.deepEqual(table(doc, 9)?.columns, ["“三公”经费预算数 / 合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费 / 小计", "购置费", "运行费", "机关运行经费预算数"]);
    assert.deepEqual(table(doc, 9)?.continuationLines, []);
  });

  it("a merged heading repeated over each of its columns: the last heading of the path names the part", () => {
    const repeated = "合计\t因公出国(境)费\t公务接待费\t公务用车购置及运行费\t公务用车购置及运行费\t公务用车购置及运行费\t";
    const doc = parseText(fragment(...TITLE_9, TOP, repeated, VEHICLE_PARTS, "3.50\t0.50\t1.00\t2.00\t0.50\t1.50\t229.43"));
    assert.deepEqual(parts(doc).map(([part, label]) => [part, label]), [
      ["total", "“三公”经费预算数 / 合计"],
      ["abroad", "因公出国(境)费"],
      ["reception", "公务接待费"],
      ["vehicles", "公务用车购置及运行费 / 小计"],
      ["vehiclePurchase", "公务用车购置及运行费 / 购置费"],
      ["vehicleOperation", "公务用车购置及运行费 / 运行费"],
    ]);
  });

  it("a vehicle column without 小计 is the vehicles part; 运行维护费 is the running part", () => {
    const doc = parseText(fragment(...TITLE_9, "合计\t因公出国(境)费\t公务接待费\t公务用车购置及运行费\t公务用车运行维护费\t机关运行经费", "1.00\t\t\t1.00\t1.00\t229.43"));
    assert.deepEqual(parts(doc).map(([part]) => part), ["total", "abroad", "reception", "vehicles", "vehicleOperation"]);
  });

  for (const heading of ["合计占比", "小计占比", "公务用车购置及运行费占比", "购置费占比", "运行费占比"]) {
    it(`a figure under "${heading}" (a heading that only begins like a part) is an error`, () =>
      refuses(fragment(...TITLE_9, `合计\t因公出国(境)费\t${heading}\t机关运行经费`, "1.00\t1.00\t5.00\t229.43"), /fragment\.txt:8: table 9: the figure "5\.00" stands under no known heading/));
  }

  it("a figure beyond the last heading is an error; a blank there is not", () => {
    refuses(fragment(...TITLE_9, TOP, PARTS, VEHICLE_PARTS, "3.50\t0.50\t1.00\t2.00\t\t2.00\t229.43\t7.00"), /fragment\.txt:10: table 9: the figure "7\.00" stands under no known heading/);
    assert.equal(parseText(fragment(...TITLE_9, TOP, PARTS, VEHICLE_PARTS, "3.50\t0.50\t1.00\t2.00\t\t2.00\t229.43\t")).threePublic.length, 6);
  });

  it("blank header cells after the last heading do not widen the header", () => {
    const doc = parseText(fragment(...TITLE_9, `${TOP}\t\t`, PARTS, VEHICLE_PARTS, "3.50\t0.50\t1.00\t2.00\t\t2.00\t229.43"));
    assert.equal(doc.operating?.money.asPublished, "229.43");
  });

  it("a second row of figures is an error at its line", () =>
    refuses(fragment(...TITLE_9, TOP, PARTS, VEHICLE_PARTS, "3.50\t0.50\t1.00\t2.00\t\t2.00\t229.43", "1.00\t\t1.00\t\t\t\t1.00"), /fragment\.txt:11: table 9: a row after the table.s closing row/));

  it("a figure that is no amount is an error naming its heading", () => {
    refuses(fragment(...TITLE_9, TOP, PARTS, VEHICLE_PARTS, "3.50\t0.50\t1.00\t2.00\t\t2.00\t二百"), /fragment\.txt:10: table 9 "机关运行经费预算数": /);
    refuses(fragment(...TITLE_9, TOP, PARTS, VEHICLE_PARTS, "3.50\t0.5O\t1.00\t2.00\t\t2.00\t229.43"), /fragment\.txt:10: table 9 "因公出国\(境\)费": /);
  });
});

describe("table 9: figures or a note saying there are none", () => {
  it("only 机关运行经费 printed: read, with every 三公 part not disclosed (null), and no operating cell when it is blank", () => {
    const operatingOnly = parseText(fragment(...TITLE_9, TOP, PARTS, VEHICLE_PARTS, "\t\t\t\t\t\t229.43"));
    assert.deepEqual(operatingOnly.threePublic.map((c) => c.money), [null, null, null, null, null, null]);
    assert.equal(operatingOnly.operating?.money.asPublished, "229.43");
    const threePublicOnly = parseText(fragment(...TITLE_9, TOP, PARTS, VEHICLE_PARTS, "0.95\t\t0.95\t\t\t\t"));
    assert.deepEqual([threePublicOnly.operating, threePublicOnly.threePublic[0]?.money?.asPublished], [null, "0.95"]);
  });

  it("a row with every cell blank and no note is an error", () =>
    refuses(fragment(...TITLE_9, TOP, PARTS, VEHICLE_PARTS, "\t\t\t\t\t\t"), /fragment\.txt:5: table 9 \("9、2026年部门“三公”经费和机关运行经费预算"\) has no figures and no note saying it is empty/));

  it("a header and the note 本表无数据 (which names the table, and is still its note, not a second title): no parts, no operating cell, the headings kept as the columns", () => {
    const doc = parseText(fragment(...TITLE_9, TOP, PARTS, VEHICLE_PARTS, "注：本部门无“三公”经费和机关运行经费预算，本表无数据。"));
    assert.deepEqual([doc.threePublic, doc.operating], [[], null]);
    assert.deepEqual(table(doc, 9)?.columns, ["“三公”经费预算数 / 合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费 / 小计", "购置费", "运行费", "机关运行经费预算数"]);
  });
});

describe("every table: read once, whole, across its pages", () => {
  const TABLE_6 = ["6、2026年部门政府性基金预算支出功能分类预算表", "单位：元", "项目\t\t\t政府性基金预算支出\t\t", "功能分类科目编码\t\t功能分类科目名称\t合计\t基本支出\t项目支出"];
  const doc = (...lines: string[]) => parseText([...HEADER_LINES, ...lines].join("\n"));

  it("a table that appears again after another table is an error at its second title", () =>
    refuses([...HEADER_LINES, ...TABLE_3_HEAD, TABLE_3_ROWS[0], "", ...TABLE_6, "合计\t\t\t\t\t", "注：本表无数据。", "", ...TABLE_3_HEAD, ...TABLE_3_ROWS].join("\n"),
      /fragment\.txt:19: table 3 \("3、2026年部门支出预算总表"\) appears twice, apart/));

  it("a table with a header and no row at all needs its note like any empty table", () =>
    refuses([...HEADER_LINES, ...TABLE_6, "", ...TABLE_3_HEAD, ...TABLE_3_ROWS].join("\n"), /fragment\.txt:5: table 6 .* has no figures and no note saying it is empty/));

  it("a table split over two pages ends where its second part ends, and keeps a note printed on the second page", () => {
    const parsed = doc(...TABLE_3_HEAD, TABLE_3_ROWS[0] ?? "", "", ...TABLE_3_HEAD, "201\t06\t03 机关服务\t50.00\t\t50.00", "合计\t\t\t\t150.00\t\t150.00", "注：本表为2026年预算。");
    const t3 = table(parsed, 3);
    assert.deepEqual([t3?.titleLine, t3?.continuationLines, t3?.endLine, t3?.note?.sourceLine], [5, [12], 19, 19]);
    assert.deepEqual(t3?.lines.map((l) => l.code ?? "合计"), ["2010602", "2010603", "合计"]);
  });
});
