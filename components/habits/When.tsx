import { formatAbsolute, formatRelative } from './format';

/**
 * A <time> with the relative text and the absolute one beside it, in the page's language:
 * "3 minutes ago (Mon, Nov 23, 2026, 10:04 AM)" / "vor 3 Minuten (Mo., 23. Nov. 2026, 10:04)".
 */
export function When({ iso, now }: { iso: string; now: Date }) {
  const abs = formatAbsolute(iso);
  return (
    <time className="hb-when" dateTime={iso} title={abs}>
      {formatRelative(iso, now)} <span className="hb-when-abs">({abs})</span>
    </time>
  );
}
