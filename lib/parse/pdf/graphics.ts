import { intersect, multiply, transformBox, type Box, type Matrix } from "./geometry";

/** A table ruling: a thin horizontal or vertical mark, in display space. */
export interface Rule {
  orientation: "h" | "v";
  /** y of a horizontal rule, x of a vertical one (its centre line). */
  at: number;
  from: number;
  to: number;
}

export interface PageGraphics {
  rules: Rule[];
  /** Clip boxes in force whenever text was shown: text outside all of them is not visible. */
  textClips: Box[];
  /** The page paints an image (a scan has images and no text). */
  paintsImage: boolean;
}

/** pdf.js operator codes used here (pdfjs-dist 4.x OPS). */
export interface OperatorCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  moveTo: number;
  lineTo: number;
  curveTo: number;
  curveTo2: number;
  curveTo3: number;
  rectangle: number;
  closePath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  endPath: number;
  clip: number;
  eoClip: number;
  setLineWidth: number;
  setFillRGBColor: number;
  setStrokeRGBColor: number;
  showText: number;
  showSpacedText: number;
  nextLineShowText: number;
  nextLineSetSpacingShowText: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintInlineImageXObjectGroup: number;
  paintImageMaskXObject: number;
  paintImageMaskXObjectGroup: number;
  paintImageXObjectRepeat: number;
  paintImageMaskXObjectRepeat: number;
  paintSolidColorImageMask: number;
}

export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

/** A mark thinner than this (pt) on one side is a rule, not a shaded area. */
const RULE_THICKNESS = 2.5;
/** Shorter marks are dots or glyph parts, not rules. */
const RULE_MIN_LENGTH = 2;

interface State {
  ctm: Matrix;
  clip: Box;
  fillVisible: boolean;
  strokeVisible: boolean;
  lineWidth: number;
}

interface Path {
  ops: number[];
  coords: number[];
  ctm: Matrix;
}

function numbers(value: unknown): number[] {
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    return Array.from(value as ArrayLike<unknown>, (v) => (typeof v === "number" ? v : Number.NaN));
  }
  return [];
}

function matrixOf(value: unknown): Matrix | null {
  const m = numbers(value);
  if (m.length !== 6 || m.some((v) => !Number.isFinite(v))) return null;
  return [m[0] ?? 1, m[1] ?? 0, m[2] ?? 0, m[3] ?? 1, m[4] ?? 0, m[5] ?? 0];
}

/** White (or nearly) marks are invisible on the page: not rules. */
function isVisibleColour(args: unknown): boolean {
  const rgb = numbers(args);
  return !(rgb.length >= 3 && rgb.slice(0, 3).every((c) => c > 240));
}

function ruleOf(box: Box): Rule | null {
  const width = box.x1 - box.x0;
  const height = box.y1 - box.y0;
  if (Math.min(width, height) > RULE_THICKNESS || Math.max(width, height) < RULE_MIN_LENGTH) return null;
  return width >= height
    ? { orientation: "h", at: (box.y0 + box.y1) / 2, from: box.x0, to: box.x1 }
    : { orientation: "v", at: (box.x0 + box.x1) / 2, from: box.y0, to: box.y1 };
}

/** Coordinates taken by a path operator other than moveTo, lineTo and rectangle. */
function curveArity(op: number, codes: OperatorCodes): number {
  if (op === codes.curveTo) return 6;
  if (op === codes.curveTo2 || op === codes.curveTo3) return 4;
  return 0;
}

/** Rectangles of a path, as boxes in display space (the path's other segments are not rectangles). */
function rectangles(path: Path, codes: OperatorCodes, view: Matrix): Box[] {
  const boxes: Box[] = [];
  const toDisplay = multiply(view, path.ctm);
  let k = 0;
  for (const op of path.ops) {
    if (op === codes.rectangle) {
      const [x = 0, y = 0, w = 0, h = 0] = path.coords.slice(k, k + 4);
      boxes.push(transformBox(toDisplay, x, y, x + w, y + h));
      k += 4;
    } else if (op === codes.moveTo || op === codes.lineTo) {
      k += 2;
    } else {
      k += curveArity(op, codes);
    }
  }
  return boxes;
}

/** Straight segments of a stroked path (rectangle edges included), as thin boxes in display space. */
function strokedSegments(path: Path, codes: OperatorCodes, view: Matrix, lineWidth: number): Box[] {
  const toDisplay = multiply(view, path.ctm);
  const half = Math.max(lineWidth, 0.1) / 2;
  const segments: Box[] = [];
  const segment = (x0: number, y0: number, x1: number, y1: number) => {
    if (x0 !== x1 && y0 !== y1) return;
    const box = transformBox(toDisplay, Math.min(x0, x1) - (y0 === y1 ? 0 : half), Math.min(y0, y1) - (y0 === y1 ? half : 0), Math.max(x0, x1) + (y0 === y1 ? 0 : half), Math.max(y0, y1) + (y0 === y1 ? half : 0));
    segments.push(box);
  };
  let k = 0;
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  for (const op of path.ops) {
    if (op === codes.rectangle) {
      const [x = 0, y = 0, w = 0, h = 0] = path.coords.slice(k, k + 4);
      segment(x, y, x + w, y);
      segment(x + w, y, x + w, y + h);
      segment(x, y + h, x + w, y + h);
      segment(x, y, x, y + h);
      k += 4;
    } else if (op === codes.moveTo) {
      [cx = 0, cy = 0] = path.coords.slice(k, k + 2);
      sx = cx;
      sy = cy;
      k += 2;
    } else if (op === codes.lineTo) {
      const [x = 0, y = 0] = path.coords.slice(k, k + 2);
      segment(cx, cy, x, y);
      cx = x;
      cy = y;
      k += 2;
    } else if (op === codes.closePath) {
      segment(cx, cy, sx, sy);
      cx = sx;
      cy = sy;
    } else {
      k += curveArity(op, codes);
    }
  }
  return segments;
}

/**
 * Walks a page's operator list, tracking the transform through save/restore/transform
 * and form XObjects: collects the thin filled or stroked marks (table rulings), the clip
 * boxes text was shown in, and whether the page paints images.
 */
export function readGraphics(list: OperatorList, codes: OperatorCodes, view: Matrix, pageBox: Box): PageGraphics {
  const rules: Rule[] = [];
  const clips = new Map<string, Box>();
  let paintsImage = false;
  const stack: State[] = [];
  let state: State = { ctm: [1, 0, 0, 1, 0, 0], clip: pageBox, fillVisible: true, strokeVisible: true, lineWidth: 1 };
  let path: Path | null = null;
  let pendingClip = false;
  const fills = new Set([codes.fill, codes.eoFill, codes.fillStroke, codes.eoFillStroke, codes.closeFillStroke, codes.closeEOFillStroke]);
  const strokes = new Set([codes.stroke, codes.closeStroke, codes.fillStroke, codes.eoFillStroke, codes.closeFillStroke, codes.closeEOFillStroke]);
  const texts = new Set([codes.showText, codes.showSpacedText, codes.nextLineShowText, codes.nextLineSetSpacingShowText]);
  const images = new Set([
    codes.paintImageXObject, codes.paintInlineImageXObject, codes.paintInlineImageXObjectGroup, codes.paintImageMaskXObject,
    codes.paintImageMaskXObjectGroup, codes.paintImageXObjectRepeat, codes.paintImageMaskXObjectRepeat, codes.paintSolidColorImageMask,
  ]);

  const applyPendingClip = () => {
    if (!pendingClip || !path) return;
    const extent = clipExtent(path, codes, view);
    if (extent) state.clip = intersect(state.clip, extent);
    pendingClip = false;
  };

  list.fnArray.forEach((fn, i) => {
    const args = list.argsArray[i];
    if (fn === codes.save) {
      stack.push({ ...state });
    } else if (fn === codes.restore) {
      state = stack.pop() ?? state;
    } else if (fn === codes.transform) {
      const m = matrixOf(args);
      if (m) state.ctm = multiply(state.ctm, m);
    } else if (fn === codes.paintFormXObjectBegin) {
      stack.push({ ...state });
      const [matrix, bbox] = Array.isArray(args) ? args : [];
      const m = matrixOf(matrix);
      if (m) state.ctm = multiply(state.ctm, m);
      const b = numbers(bbox);
      if (b.length === 4) state.clip = intersect(state.clip, transformBox(multiply(view, state.ctm), b[0] ?? 0, b[1] ?? 0, b[2] ?? 0, b[3] ?? 0));
    } else if (fn === codes.paintFormXObjectEnd) {
      state = stack.pop() ?? state;
    } else if (fn === codes.constructPath) {
      const [ops, coords] = Array.isArray(args) ? args : [];
      path = { ops: numbers(ops), coords: numbers(coords), ctm: state.ctm };
    } else if (fn === codes.clip || fn === codes.eoClip) {
      pendingClip = true;
    } else if (fn === codes.endPath) {
      applyPendingClip();
      path = null;
    } else if (fn === codes.setLineWidth) {
      state.lineWidth = numbers(args)[0] ?? state.lineWidth;
    } else if (fn === codes.setFillRGBColor) {
      state.fillVisible = isVisibleColour(args);
    } else if (fn === codes.setStrokeRGBColor) {
      state.strokeVisible = isVisibleColour(args);
    } else if (fills.has(fn) || strokes.has(fn)) {
      if (path) {
        const marks = [
          ...(fills.has(fn) && state.fillVisible ? rectangles(path, codes, view) : []),
          ...(strokes.has(fn) && state.strokeVisible ? strokedSegments(path, codes, view, state.lineWidth * scaleOf(state.ctm)) : []),
        ];
        for (const box of marks) {
          const visible = intersect(box, state.clip);
          if (visible.x1 < visible.x0 || visible.y1 < visible.y0) continue;
          const rule = ruleOf(visible);
          if (rule) rules.push(rule);
        }
      }
      applyPendingClip();
      path = null;
    } else if (texts.has(fn)) {
      const c = state.clip;
      clips.set(`${c.x0.toFixed(1)},${c.y0.toFixed(1)},${c.x1.toFixed(1)},${c.y1.toFixed(1)}`, c);
    } else if (images.has(fn)) {
      paintsImage = true;
    }
  });
  return { rules, textClips: [...clips.values()], paintsImage };
}

function scaleOf(m: Matrix): number {
  return Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
}

/** A clipping path's extent in display space: the box covering all its points. */
function clipExtent(path: Path, codes: OperatorCodes, view: Matrix): Box | null {
  const boxes = rectangles(path, codes, view);
  const xs = path.coords.filter((_, k) => k % 2 === 0);
  const ys = path.coords.filter((_, k) => k % 2 === 1);
  if (boxes.length === 0 && xs.length > 0) {
    boxes.push(transformBox(multiply(view, path.ctm), Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)));
  }
  if (boxes.length === 0) return null;
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    y0: Math.min(...boxes.map((b) => b.y0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    y1: Math.max(...boxes.map((b) => b.y1)),
  };
}
