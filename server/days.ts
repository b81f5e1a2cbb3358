/** Day arithmetic on 'YYYY-MM-DD' strings, in UTC (days are calendar labels, not instants). */

export const MS_PER_DAY = 86_400_000;
const DAYS_PER_WEEK = 7;

export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function dayToMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export function addDays(day: string, n: number): string {
  return dayOf(dayToMs(day) + n * MS_PER_DAY);
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayToMs(b) - dayToMs(a)) / MS_PER_DAY);
}

/** Monday of the ISO week containing `day`. */
export function weekStart(day: string): string {
  const dow = new Date(dayToMs(day)).getUTCDay(); // 0 = Sunday
  return addDays(day, -((dow + DAYS_PER_WEEK - 1) % DAYS_PER_WEEK));
}

/** Every day from `from` to `to`, inclusive. */
export function dayRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}
