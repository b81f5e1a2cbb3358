/** A working day starts at 04:00 local: a late-night session belongs to the evening before. */
export const DAY_START_HOUR = 4;

/** Zones seen in one session are few; the cap only guards against junk input. */
const MAX_CACHED_ZONES = 64;
const formatters = new Map<string, Intl.DateTimeFormat>();

function makeFormatter(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    hourCycle: 'h23',
  });
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    try {
      f = makeFormatter(timeZone);
    } catch {
      // An unknown zone (corrupt setting, old browser) must not break usage counting.
      f = formatters.get('UTC') ?? makeFormatter('UTC');
    }
    if (formatters.size >= MAX_CACHED_ZONES) formatters.clear();
    formatters.set(timeZone, f);
  }
  return f;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * The local day ('YYYY-MM-DD') that `instant` belongs to in `timeZone`, where a day starts at
 * `dayStartHour` local time. Calendar-based (wall-clock parts from Intl), so DST days are right.
 * An invalid zone falls back to UTC.
 */
export function localDay(instant: Date, timeZone: string, dayStartHour: number = DAY_START_HOUR): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('localDay: invalid instant');
  if (!Number.isInteger(dayStartHour) || dayStartHour < 0 || dayStartHour > 23) {
    throw new RangeError(`localDay: dayStartHour must be an integer 0-23, got ${dayStartHour}`);
  }
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'day') day = Number(part.value);
    else if (part.type === 'hour') hour = Number(part.value) % 24; // some engines say "24" at midnight
  }
  // Before the day starts: the previous calendar date (Date.UTC handles month and year ends).
  const date = new Date(Date.UTC(year, month - 1, hour < dayStartHour ? day - 1 : day));
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}
