// Box measurements run inside the page (passed to page.evaluate): what a reader on a phone would see as broken.
// Kept free of imports and closures so Playwright can serialise it.

export interface LayoutProblem {
  kind: "clipped" | "narrow-cell" | "number-wrap" | "no-scroll-cue";
  text: string;
  detail: string;
}

export interface LayoutLimits {
  /** A table cell holding more than two characters is never narrower than this (px). */
  minCellPx: number;
  /** A cell whose text wraps is at least this wide (px): a few words a line, not a column of characters. */
  minWrappingCellPx: number;
}

/** Every problem on the page as rendered now. */
export function measureLayout(limits: LayoutLimits): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const short = (s: string) => s.replace(/\s+/g, " ").trim().slice(0, 60);
  const viewportWidth = document.documentElement.clientWidth;
  const rendered = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden" && Number(getComputedStyle(el).opacity) > 0;
  /** A box meant to be unseen (screen-reader-only text, the skip link until focused). */
  const offstage = (rect: DOMRect) => rect.width <= 1 || rect.height <= 1 || rect.right <= 0 || rect.bottom <= 0;

  // Text boxes: the smallest rectangle around each text node's fragments.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const scrollers = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? "";
    const parent = node.parentElement;
    if (!text.trim() || !parent || parent.closest("script, style, noscript, title") || !rendered(parent)) continue;
    // The visible runs only: spaces and tabs a pre-wrap line ends with may hang past the box, unseen.
    const rects = [...text.matchAll(/\S+/g)].flatMap((run) => {
      const range = document.createRange();
      range.setStart(node, run.index);
      range.setEnd(node, run.index + run[0].length);
      return [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    });
    if (rects.length === 0) continue;
    const box = {
      left: Math.min(...rects.map((r) => r.left)), right: Math.max(...rects.map((r) => r.right)),
      top: Math.min(...rects.map((r) => r.top)), bottom: Math.max(...rects.map((r) => r.bottom)),
    };
    let hidden = false;
    let problem: string | null = null;
    for (let el: Element | null = parent; el && el !== document.documentElement; el = el.parentElement) {
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      if (offstage(rect) && (style.overflow !== "visible" || style.position === "absolute")) {
        hidden = true;
        break;
      }
      const clipsX = style.overflowX !== "visible";
      const clipsY = style.overflowY !== "visible";
      const cell = el.matches("td, th");
      if (!clipsX && !clipsY && !cell) continue;
      const inner = { left: rect.left + el.clientLeft, top: rect.top + el.clientTop, right: rect.left + el.clientLeft + el.clientWidth, bottom: rect.top + el.clientTop + el.clientHeight };
      const outX = box.left < inner.left - 1 || box.right > inner.right + 1;
      const outY = box.top < inner.top - 1 || box.bottom > inner.bottom + 1;
      if (cell && !clipsX && outX) problem ??= `spills out of its ${el.tagName.toLowerCase()} (${Math.round(box.right - box.left)} px text in ${Math.round(inner.right - inner.left)} px)`;
      if ((clipsX && outX) || (clipsY && outY)) {
        if (el.matches("[data-scroll-container]") && !(clipsY && outY)) scrollers.add(el);
        else problem ??= `clipped by <${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}"> (overflow ${style.overflowX}/${style.overflowY})`;
      }
    }
    if (hidden) continue;
    if (!problem && box.right > viewportWidth + 1 && box.left >= 0 && ![...scrollers].some((s) => s.contains(parent))) problem = `runs past the page edge (${Math.round(box.right)} px > ${viewportWidth} px)`;
    if (problem) problems.push({ kind: "clipped", text: short(text), detail: problem });

    // A number (digits with , and .) on two lines: its fragments sit at different heights.
    for (const match of text.matchAll(/\d[\d,.]*\d/g)) {
      const numberRange = document.createRange();
      numberRange.setStart(node, match.index);
      numberRange.setEnd(node, match.index + match[0].length);
      const tops = new Set([...numberRange.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) problems.push({ kind: "number-wrap", text: match[0], detail: `on ${tops.size} lines in “${short(text)}”` });
    }
  }

  // A cell squeezed below its words: more than two characters in a column narrower than the minimum, or text
  // wrapped inside a column too narrow to hold a few words per line (words end up stacked a few characters a line).
  for (const cell of document.querySelectorAll("td, th")) {
    const text = (cell as HTMLElement).innerText.replace(/\s+/g, "");
    if (text.length <= 2 || !rendered(cell)) continue;
    const width = cell.getBoundingClientRect().width;
    const cellWalker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    let wraps = false;
    for (let node = cellWalker.nextNode(); node && !wraps; node = cellWalker.nextNode()) {
      if (!node.textContent?.trim() || !node.parentElement || !rendered(node.parentElement)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      wraps = new Set([...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0).map((r) => Math.round(r.bottom))).size > 1;
    }
    if (width < limits.minCellPx) problems.push({ kind: "narrow-cell", text: short(text), detail: `${Math.round(width)} px wide` });
    else if (wraps && width < limits.minWrappingCellPx) problems.push({ kind: "narrow-cell", text: short(text), detail: `wraps in ${Math.round(width)} px` });
  }

  // Every box that scrolls sideways says so while it does.
  for (const scroller of document.querySelectorAll("[data-scroll-container]")) {
    if (!rendered(scroller) || scroller.scrollWidth <= scroller.clientWidth + 1) continue;
    const hint = scroller.querySelector(":scope > .scroll-hint");
    const shown = hint && rendered(hint) && hint.getBoundingClientRect().height > 0 && hint.getBoundingClientRect().left >= 0;
    if (!shown) problems.push({ kind: "no-scroll-cue", text: short(scroller.textContent ?? ""), detail: `scrolls ${scroller.scrollWidth - scroller.clientWidth} px sideways with no visible hint` });
  }
  for (const scroller of scrollers) {
    if (scroller.scrollWidth <= scroller.clientWidth + 1) continue;
    const hint = scroller.querySelector(":scope > .scroll-hint");
    if (!hint || !rendered(hint)) problems.push({ kind: "no-scroll-cue", text: short(scroller.textContent ?? ""), detail: "text beyond the box edge and no hint" });
  }
  return problems;
}

/** Runs measureLayout in the page. tsx wraps named functions in a `__name` helper the page does not have: supply it. */
export function measureScript(limits: LayoutLimits): string {
  return `(() => { const __name = (f) => f; return (${measureLayout.toString()})(${JSON.stringify(limits)}); })()`;
}
