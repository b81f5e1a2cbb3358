/** Small statistics and formatting helpers shared by the benchmarks. */

/** Nearest-rank percentile of already sorted values (NaN when empty). */
export function percentileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] as number;
}

export function percentile(values: readonly number[], p: number): number {
  return percentileSorted([...values].sort((a, b) => a - b), p);
}

export const median = (values: readonly number[]): number => percentile(values, 50);
export const p95 = (values: readonly number[]): number => percentile(values, 95);

export const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

const KB = 1024;
const MB = KB * KB;

export const fmtMs = (v: number, digits = 1): string => (Number.isFinite(v) ? `${v.toFixed(digits)} ms` : 'n/a');
export const fmtUs = (ms: number): string => (Number.isFinite(ms) ? `${(ms * 1000).toFixed(1)} µs` : 'n/a');
export const fmtKb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
export const fmtMb = (bytes: number): string => `${(bytes / MB).toFixed(2)} MB`;
export const fmtPct = (v: number, digits = 2): string => (Number.isFinite(v) ? `${v.toFixed(digits)} %` : 'n/a');
export const fmtRatio = (v: number): string => (Number.isFinite(v) ? `${v.toFixed(3)}×` : 'n/a');
/** Signed difference, so "added" columns read +1.2 / -0.4. */
export const fmtDelta = (v: number, unit: string, digits = 1): string =>
  Number.isFinite(v) ? `${v >= 0 ? '+' : ''}${v.toFixed(digits)} ${unit}` : 'n/a';

/** A markdown table from a header row and body rows. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A budget verdict cell. */
export const verdict = (holds: boolean): string => (holds ? '✅ holds' : '❌ does not hold');
