/** Lines of a document being written, with named marks at 1-based line numbers. */
export class Out {
  readonly lines: string[] = [];
  readonly marks = new Map<string, number>();

  /** Appends lines; returns the 1-based number of the last one. */
  push(...lines: string[]): number {
    for (const line of lines) this.lines.push(...line.split("\n"));
    return this.lines.length;
  }

  /** A line followed by an empty line (the PDF extractor's paragraph spacing). */
  para(line: string): number {
    const at = this.push(line);
    this.push("");
    return at;
  }

  mark(name: string, line = this.lines.length): void {
    this.marks.set(name, line);
  }

  at(name: string): number {
    const line = this.marks.get(name);
    if (line === undefined) throw new Error(`no mark "${name}"`);
    return line;
  }

  text(): string {
    return `${this.lines.join("\n")}\n`;
  }
}

/** Chinese ordinals used in the documents' numbered lists (1 → 一 … 20 → 二十). */
export function zhNumber(n: number): string {
  const digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
  if (n <= 10) return n === 10 ? "十" : digits[n] ?? "";
  if (n < 20) return `十${digits[n - 10] ?? ""}`;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${digits[tens] ?? ""}十${ones === 0 ? "" : digits[ones] ?? ""}`;
}

/** The 20 expenditure 类 of the summary tables, in their printed order. */
export const SUMMARY_EXPENSE_CLASSES = [
  "一般公共服务支出", "国防支出", "公共安全支出", "教育支出", "科学技术支出", "文化旅游体育与传媒支出",
  "社会保障和就业支出", "卫生健康支出", "节能环保支出", "城乡社区支出", "农林水支出", "交通运输支出",
  "资源勘探工业信息等支出", "商业服务业等支出", "援助其他地区支出", "自然资源海洋气象等支出",
  "住房保障支出", "粮油物资储备支出", "灾害防治及应急管理支出", "其他支出",
] as const;
