/** Shanghai's 16 districts: Chinese name (without 区) → URL slug. */
export const SHANGHAI_DISTRICTS: ReadonlyArray<{ nameZh: string; slug: string }> = [
  { nameZh: "黄浦", slug: "huangpu" },
  { nameZh: "徐汇", slug: "xuhui" },
  { nameZh: "长宁", slug: "changning" },
  { nameZh: "静安", slug: "jingan" },
  { nameZh: "普陀", slug: "putuo" },
  { nameZh: "虹口", slug: "hongkou" },
  { nameZh: "杨浦", slug: "yangpu" },
  { nameZh: "闵行", slug: "minhang" },
  { nameZh: "宝山", slug: "baoshan" },
  { nameZh: "嘉定", slug: "jiading" },
  { nameZh: "浦东新", slug: "pudong" },
  { nameZh: "金山", slug: "jinshan" },
  { nameZh: "松江", slug: "songjiang" },
  { nameZh: "青浦", slug: "qingpu" },
  { nameZh: "奉贤", slug: "fengxian" },
  { nameZh: "崇明", slug: "chongming" },
];

export function districtByName(nameZh: string): { nameZh: string; slug: string } | undefined {
  const bare = nameZh.replace(/区$/, "");
  return SHANGHAI_DISTRICTS.find((d) => d.nameZh === bare);
}

/** Display name, e.g. "宝山区" ("浦东新区"). */
export function districtDisplayName(nameZh: string): string {
  return `${nameZh}区`;
}
