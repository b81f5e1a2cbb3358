/** Formatting shared by the habit views. Day strings are local days already: format them in UTC so no zone shifts them. */

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(day: string): { year: number; month: number; date: number; weekday: number } | null {
  const m = DAY_RE.exec(day);
  if (m === null) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(d.getTime())) return null;
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), date: d.getUTCDate(), weekday: d.getUTCDay() };
}

/** "Tue 3 Mar 2026" (fixed wording: the same in every locale, tests and screen readers alike). */
export function formatDay(day: string, withYear = true): string {
  const p = parts(day);
  if (p === null) return day;
  const base = `${WEEKDAYS[p.weekday]} ${p.date} ${MONTHS[p.month]}`;
  return withYear ? `${base} ${p.year}` : base;
}

/** "3 Mar" */
export function formatShortDate(day: string): string {
  const p = parts(day);
  return p === null ? day : `${p.date} ${MONTHS[p.month]}`;
}

/** Short month name of a day ("Mar"). */
export function monthOf(day: string): string {
  const p = parts(day);
  return p === null ? '' : MONTHS[p.month] ?? '';
}

/** Day of month (1..31), 0 for an unreadable day. */
export function dateOf(day: string): number {
  return parts(day)?.date ?? 0;
}

/** "45 min", "2 h", "3 h 20 min". */
export function formatMinutes(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  return rest === 0 ? `${h} h` : `${h} h ${rest} min`;
}

/** "1 AI action", "4 AI actions". */
export function plural(n: number, one: string, many: string = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "+2", "−1", "±0" with a proper minus sign (screen readers say "minus"). */
export function formatDelta(delta: number): string {
  if (delta > 0) return `+${delta}`;
  if (delta < 0) return `−${Math.abs(delta)}`;
  return '±0';
}

/** Size in bytes as "12 KB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${Math.max(0, Math.round(bytes))} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
