// Shared by the benchmark scripts: one row of the printed table (bench.ts merges bench-import's rows).

export interface BenchRow {
  what: string;
  measured: string;
  target: string;
  /** null: a measurement without a target. */
  met: boolean | null;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
