/** Number and date formatting shared by the screens. Fixed locale so the numbers read the same in tests and screenshots. */

const LOCALE = 'en-US';

export function pct(share: number, digits = 0): string {
  return `${(share * 100).toFixed(digits)}%`;
}

export function num(n: number, digits = 0): string {
  return n.toLocaleString(LOCALE, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** "2026-03-04" → "Mar 4" (UTC, so the bucket date never shifts by a timezone). */
export function shortDate(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(LOCALE, { month: 'short', day: 'numeric', timeZone: 'UTC' });
}

export function longDate(iso: string): string {
  const d = new Date(iso.length <= 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(LOCALE, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDay(d);
}

/** Week-over-week change of a share, in percentage points ("+7 pts"). */
export function deltaPts(current: number, previous: number): string {
  const pts = Math.round((current - previous) * 1000) / 10;
  if (pts === 0) return 'no change';
  return `${pts > 0 ? '+' : '−'}${Math.abs(pts).toFixed(Math.abs(pts) < 10 && !Number.isInteger(pts) ? 1 : 0)} pts`;
}

/** Week-over-week change of a count, relative ("+12%"); undefined when last week was zero (no meaningful ratio). */
export function deltaRel(current: number, previous: number): string | undefined {
  if (previous === 0) return undefined;
  const r = Math.round(((current - previous) / previous) * 100);
  if (r === 0) return 'no change';
  return `${r > 0 ? '+' : '−'}${Math.abs(r)}%`;
}
