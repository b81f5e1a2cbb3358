/** "3 minutes ago" / "Mon 23 Nov 2026, 10:04": when a policy part or a report arrived. */

const UNITS: readonly { unit: Intl.RelativeTimeFormatUnit; ms: number }[] = [
  { unit: 'year', ms: 365 * 86_400_000 },
  { unit: 'month', ms: 30 * 86_400_000 },
  { unit: 'week', ms: 7 * 86_400_000 },
  { unit: 'day', ms: 86_400_000 },
  { unit: 'hour', ms: 3_600_000 },
  { unit: 'minute', ms: 60_000 },
];

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const absolute = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** Relative to `now`, in words; "just now" under a minute (either way: clocks drift). */
export function formatRelative(iso: string, now: Date): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  const diff = at - now.getTime();
  for (const { unit, ms } of UNITS) {
    if (Math.abs(diff) >= ms) return relative.format(Math.round(diff / ms), unit);
  }
  return 'just now';
}

/** Date and time in the browser's zone; the ISO text when unreadable. */
export function formatAbsolute(iso: string): string {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? iso : absolute.format(new Date(at));
}

/** A <time> with the relative text and the absolute one beside it. */
export function When({ iso, now }: { iso: string; now: Date }) {
  const abs = formatAbsolute(iso);
  return (
    <time className="hb-when" dateTime={iso} title={abs}>
      {formatRelative(iso, now)} <span className="hb-when-abs">({abs})</span>
    </time>
  );
}
