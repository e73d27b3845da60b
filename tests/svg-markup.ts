// Reading SVG and HTML markup in tests: elements with their attributes, counts, picked attributes.
/** Every `<tag …>` in the markup with its attributes (and the text up to the next tag, for <text>). */
export function elements(svg: string, tag: string): Array<Record<string, string> & { content: string }> {
  const found: Array<Record<string, string> & { content: string }> = [];
  for (const m of svg.matchAll(new RegExp(`<${tag}((?: [a-zA-Z0-9-]+="[^"]*")*)\\s*/?>([^<]*)`, "g"))) {
    const attributes: Record<string, string> = {};
    for (const a of (m[1] ?? "").matchAll(/ ([a-zA-Z0-9-]+)="([^"]*)"/g)) attributes[a[1] ?? ""] = a[2] ?? "";
    found.push({ ...attributes, content: m[2] ?? "" });
  }
  return found;
}
export const countIn = (markup: string, pattern: RegExp) => markup.match(pattern)?.length ?? 0;
export const pick = (e: Record<string, string> | undefined, ...keys: string[]) => keys.map((k) => e?.[k]);
