/**
 * Formatting shared by the habit views, in the language the page is shown in (Intl, never hand-written
 * month or day names). Day strings are local days already: they are formatted in UTC so no zone shifts them.
 */
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The locale dates and numbers are formatted in: the browser's UI language (with its region, so
 * en-US and en-GB each get their own date order) when the page's messages are in that language, else
 * the language the messages fell back to — a Spanish browser reads English text with English dates.
 */
export function uiLocale(): string {
  // The browser's language can't change while a page is open (Chrome restarts to switch).
  locale ??= resolveLocale();
  return locale;
}
let locale: string | undefined;

function resolveLocale(): string {
  let ui = '';
  try {
    ui = browser?.i18n?.getUILanguage?.() ?? '';
  } catch {
    ui = '';
  }
  return pickLocale(ui, i18n.t('format.locale') || 'en');
}

/** The browser's language tag when the messages are in its language ("en-GB" for en), else the messages' language. */
export function pickLocale(uiLanguage: string, messagesLanguage: string): string {
  const tag = uiLanguage.replace(/_/g, '-');
  return tag.toLowerCase().split('-')[0] === messagesLanguage ? tag : messagesLanguage;
}

/** Formatters are costly to build and the heatmap formats ~370 days: one per locale and kind. */
type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.ListFormat;
const cache = new Map<string, Formatter>();
function cached<T extends Formatter>(kind: string, make: (locale: string) => T): T {
  const locale = uiLocale();
  const key = `${locale}|${kind}`;
  let f = cache.get(key) as T | undefined;
  if (f === undefined) {
    try {
      f = make(locale);
    } catch {
      // An odd tag from the browser: the messages' own language always works.
      f = make(i18n.t('format.locale') || 'en');
    }
    cache.set(key, f);
  }
  return f;
}

const dayFormat = (kind: 'full' | 'noYear' | 'short' | 'month', options: Intl.DateTimeFormatOptions) =>
  cached(`day-${kind}`, (l) => new Intl.DateTimeFormat(l, { ...options, timeZone: 'UTC' }));

function dateOfDay(day: string): Date | null {
  const m = DAY_RE.exec(day);
  if (m === null) return null;
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, date));
  // "2026-02-30" would roll over into March: not a day.
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === date ? d : null;
}

/** Formatted days (the heatmap names the same ~370 days on every render). */
const days = new Map<string, string>();

/** "Tue, Mar 3, 2026" / "Di., 3. März 2026" / "mar. 3 mars 2026"; the day string itself when unreadable. */
export function formatDay(day: string, withYear = true): string {
  const key = `${withYear ? 'y' : 'n'}${day}`;
  const known = days.get(key);
  if (known !== undefined) return known;
  const d = dateOfDay(day);
  if (d === null) return day;
  const text = withYear
    ? dayFormat('full', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(d)
    : dayFormat('noYear', { weekday: 'short', day: 'numeric', month: 'short' }).format(d);
  days.set(key, text);
  return text;
}

/** "Mar 3" / "3. März" / "3 mars" */
export function formatShortDate(day: string): string {
  const d = dateOfDay(day);
  return d === null ? day : dayFormat('short', { day: 'numeric', month: 'short' }).format(d);
}

/** "Mar 3 – 19" / "3.–19. März": two days as one range, shared parts written once. */
export function formatDayRange(start: string, end: string): string {
  const a = dateOfDay(start);
  const b = dateOfDay(end);
  if (a === null || b === null) return `${formatShortDate(start)} – ${formatShortDate(end)}`;
  if (a.getTime() > b.getTime()) return `${formatShortDate(start)} – ${formatShortDate(end)}`;
  return dayFormat('short', { day: 'numeric', month: 'short' }).formatRange(a, b);
}

/** Short month name of a day ("Mar", "März", "mars"). */
export function monthOf(day: string): string {
  const d = dateOfDay(day);
  return d === null ? '' : dayFormat('month', { month: 'short' }).format(d);
}

/** Day of month (1..31), 0 for an unreadable day. */
export function dateOf(day: string): number {
  return dateOfDay(day)?.getUTCDate() ?? 0;
}

/** Name of a weekday (0 = Sunday … 6 = Saturday): "Monday" / "Montag", or short: "Mon" / "Mo". */
export function weekdayName(weekday: number, width: 'long' | 'short' = 'long'): string {
  // 2023-12-31 was a Sunday.
  const d = new Date(Date.UTC(2023, 11, 31 + (((weekday % 7) + 7) % 7)));
  return cached(`weekday-${width}`, (l) => new Intl.DateTimeFormat(l, { weekday: width, timeZone: 'UTC' })).format(d);
}

/** An instant as date and time in the browser's zone (or `timeZone`); the text itself when unreadable. */
export function formatDateTime(iso: string, timeZone?: string): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  return cached(`datetime-${timeZone ?? ''}`, (l) =>
    new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }),
  ).format(new Date(at));
}

/** "Tue, Mar 3, 2026, 10:04 AM": when a policy part or a report arrived. */
export function formatAbsolute(iso: string): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  return cached('absolute', (l) =>
    new Intl.DateTimeFormat(l, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
  ).format(new Date(at));
}

const UNITS: readonly { unit: Intl.RelativeTimeFormatUnit; ms: number }[] = [
  { unit: 'year', ms: 365 * 86_400_000 },
  { unit: 'month', ms: 30 * 86_400_000 },
  { unit: 'week', ms: 7 * 86_400_000 },
  { unit: 'day', ms: 86_400_000 },
  { unit: 'hour', ms: 3_600_000 },
  { unit: 'minute', ms: 60_000 },
];

/** "3 minutes ago", "in 2 hours", "yesterday"; "now" under a minute either way (clocks drift). */
export function formatRelative(iso: string, now: Date): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  const relative = cached('relative', (l) => new Intl.RelativeTimeFormat(l, { numeric: 'auto' }));
  const diff = at - now.getTime();
  for (const { unit, ms } of UNITS) {
    if (Math.abs(diff) >= ms) return relative.format(Math.round(diff / ms), unit);
  }
  return relative.format(0, 'second');
}

/** "A, B and C" / "A, B und C" / "A, B et C" */
export function formatList(items: readonly string[]): string {
  return cached('list', (l) => new Intl.ListFormat(l, { style: 'long', type: 'conjunction' })).format(items);
}

/** 1,204 / 1.204 / 1 204 */
export function formatNumber(n: number): string {
  return cached('number', (l) => new Intl.NumberFormat(l)).format(n);
}

/** A whole percentage (0..100): "42%" / "42 %". */
export function formatPercent(percent: number): string {
  return cached('percent', (l) => new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 0 })).format(percent / 100);
}

const unit = (name: 'minute' | 'hour') =>
  cached(`unit-${name}`, (l) => new Intl.NumberFormat(l, { style: 'unit', unit: name, unitDisplay: 'short' }));

/** A number never parts from its unit at a line break ("3 Std." / "41 Min.", not "3" / "Std. 41"). */
const keepTogether = (text: string) => text.replace(/ /g, '\u00a0');

/**
 * "45 min", "2 hr" / "2 Std.", "3 hr 20 min" / "3 h 20 min". In running text a line may break between
 * hours and minutes; a headline figure (`whole`) stays on one line, as one number is read at a glance.
 */
export function formatMinutes(minutes: number, { whole = false }: { whole?: boolean } = {}): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return keepTogether(unit('minute').format(m));
  const h = Math.floor(m / 60);
  const rest = m % 60;
  const hours = keepTogether(unit('hour').format(h));
  if (rest === 0) return hours;
  return `${hours}${whole ? '\u00a0' : ' '}${keepTogether(unit('minute').format(rest))}`;
}

/** "+2", "−1", "±0" with a proper minus sign (screen readers say "minus"); digits in the page's locale. */
export function formatDelta(delta: number): string {
  if (delta > 0) return `+${formatNumber(delta)}`;
  if (delta < 0) return `−${formatNumber(Math.abs(delta))}`;
  return `±${formatNumber(0)}`;
}

const bytes = (name: 'byte' | 'kilobyte' | 'megabyte') =>
  cached(`bytes-${name}`, (l) =>
    new Intl.NumberFormat(l, { style: 'unit', unit: name, unitDisplay: name === 'byte' ? 'long' : 'short', maximumFractionDigits: 1 }),
  );

/** Size in bytes: "12 bytes", "12 kB" / "12 ko", "1.3 MB" / "1,3 Mo". */
export function formatBytes(n: number): string {
  if (n < 1024) return bytes('byte').format(Math.max(0, Math.round(n)));
  if (n < 1024 * 1024) return bytes('kilobyte').format(Math.round(n / 1024));
  return bytes('megabyte').format(n / (1024 * 1024));
}
