/**
 * Calendar arithmetic on local day strings ('YYYY-MM-DD').
 *
 * Every event already carries the local day it belongs to (04:00 boundary, the zone the user was
 * in at that moment), so the habit math never touches instants or zones. A day string becomes a
 * "day number": days since 1970-01-01 on the proleptic calendar (UTC midnight / 86 400 000).
 * Adding 1 to a day number is always the next calendar date, whatever DST or travel did to the
 * local clock, which is why nothing here adds 24 h to an instant.
 */

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 was a Thursday (0 = Sunday ... 6 = Saturday). */
const EPOCH_WEEKDAY = 4;
export const DAYS_PER_WEEK = 7;
/** ISO weeks start on Monday. */
const MONDAY = 1;

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a 'YYYY-MM-DD' string, or null when it is not a real calendar date. */
export function tryDayNumber(day: string): number | null {
  const m = DAY_RE.exec(day);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const date = Number(m[3]);
  const ms = Date.UTC(year, month - 1, date);
  const d = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to March: such a string is not a calendar date.
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== date) return null;
  return Math.round(ms / MS_PER_DAY);
}

/** The day number of a 'YYYY-MM-DD' string; throws RangeError on anything else. */
export function dayNumber(day: string): number {
  const n = tryDayNumber(day);
  if (n === null) throw new RangeError(`not a calendar day (YYYY-MM-DD): "${day}"`);
  return n;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** The 'YYYY-MM-DD' string of a day number. */
export function dayString(n: number): string {
  const d = new Date(n * MS_PER_DAY);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/** Day of the week of a day number: 0 = Sunday ... 6 = Saturday (as in HabitSettings.workdays). */
export function weekdayOf(n: number): number {
  return (((n + EPOCH_WEEKDAY) % DAYS_PER_WEEK) + DAYS_PER_WEEK) % DAYS_PER_WEEK;
}

/** The Monday that starts the ISO week holding day number `n`. */
export function weekStartOf(n: number): number {
  return n - ((weekdayOf(n) - MONDAY + DAYS_PER_WEEK) % DAYS_PER_WEEK);
}

/** The day string `delta` calendar days after `day` (negative: before). */
export function addDays(day: string, delta: number): string {
  return dayString(dayNumber(day) + delta);
}
