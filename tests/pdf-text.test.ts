// Text as the PDF reader restores it: radical code points some producers put in the text layer read as the
// ideographs they are drawn as, and a cell's wrapped lines join without a gap except between two Latin words.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { unifyRadicals } from "../lib/parse/pdf/radicals";
import { joinLines } from "../lib/parse/pdf/text-lines";

describe("radicals in the text layer", () => {
  it("Kangxi radicals read as their ideograph: ⼀般公共预算 → 一般公共预算, ⼈员经费 → 人员经费", () => {
    assert.equal(unifyRadicals("\u2f00般公共预算"), "一般公共预算");
    assert.equal(unifyRadicals("\u2f08员经费"), "人员经费");
  });

  it("⼾ reads as the simplified 户 an SC font draws, not 戶", () => assert.equal(unifyRadicals("\u2f3e籍"), "户籍"));

  it("each supplement radical measured reads as its ideograph (written out by hand from the measured pairs)", () => {
    const printed = "⻉⻓⻋⻮⻜⻛⻣⻳⻤⻁⻩⻅⻆⻰⻧⻢⻨⻔⺠⺟⻦⻬⻘⻝⺒⻙⻚⻥⺎⺉⺅⻈⻖⺾⺐⺘⺨⻠⺖⺦⺡⻌⺕⺰⺓⺙⺣⺭⺺⻐⻂⻪㬵";
    assert.equal(unifyRadicals(printed), "贝长车齿飞风骨龟鬼虎黄见角龙卤马麦门民母鸟齐青食巳韦页鱼兀刂亻讠阝艹尢扌犭饣忄丬氵辶彐纟幺攵灬礻肀钅衤黾胶");
  });

  it("a supplement radical not measured stays as printed; ordinary text is untouched", () => {
    assert.equal(unifyRadicals("\u2e80"), "\u2e80");
    assert.equal(unifyRadicals("医疗救助 2026年 ABC"), "医疗救助 2026年 ABC");
  });
});

describe("a cell's wrapped lines joined", () => {
  it("Chinese lines join without a gap; two Latin words keep one space; empty lines are skipped", () => {
    assert.equal(joinLines(["医疗救助专项", "经费"]), "医疗救助专项经费");
    assert.equal(joinLines(["Medical", "Assistance"]), "Medical Assistance");
    assert.equal(joinLines(["ABC", "123", "", "DEF"]), "ABC123DEF");
    assert.equal(joinLines(["", "经费"]), "经费");
  });
});
