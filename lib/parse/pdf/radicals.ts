/**
 * Some PDF producers (Chromium with Noto CJK, measured on all 6,763 GB2312 characters)
 * map shared glyphs to radical code points in the text layer: 一 comes out as ⼀ U+2F00,
 * 门 as ⻔ U+2ED4. The reader restores the ideograph the glyph stands for, so that
 * "⼀般公共预算" reads "一般公共预算". Kangxi radicals by their compatibility mapping (NFKC),
 * except ⼾, drawn as the simplified 户 in SC fonts; the supplement by the pairs measured.
 */
const SUPPLEMENT: Record<string, string> = {
  "⻉": "贝", "⻓": "长", "⻋": "车", "⻮": "齿", "⻜": "飞", "⻛": "风", "⻣": "骨", "⻳": "龟", "⻤": "鬼", "⻁": "虎",
  "⻩": "黄", "⻅": "见", "⻆": "角", "⻰": "龙", "⻧": "卤", "⻢": "马", "⻨": "麦", "⻔": "门", "⺠": "民", "⺟": "母",
  "⻦": "鸟", "⻬": "齐", "⻘": "青", "⻝": "食", "⺒": "巳", "⻙": "韦", "⻚": "页", "⻥": "鱼", "⺎": "兀", "⺉": "刂",
  "⺅": "亻", "⻈": "讠", "⻖": "阝", "⺾": "艹", "⺐": "尢", "⺘": "扌", "⺨": "犭", "⻠": "饣", "⺖": "忄", "⺦": "丬",
  "⺡": "氵", "⻌": "辶", "⺕": "彐", "⺰": "纟", "⺓": "幺", "⺙": "攵", "⺣": "灬", "⺭": "礻", "⺺": "肀", "⻐": "钅",
  "⻂": "衤", "⻪": "黾",
  // Noto Sans SC draws 胶 and the rare 㬵 (U+3B35) with one glyph; budgets print 胶.
  "㬵": "胶",
  "⼾": "户",
};

const RADICAL = /[\u2e80-\u2fdf\u3b35]/gu;

export function unifyRadicals(text: string): string {
  return text.replace(RADICAL, (ch) => SUPPLEMENT[ch] ?? ((ch.codePointAt(0) ?? 0) >= 0x2f00 ? ch.normalize("NFKC") : ch));
}
