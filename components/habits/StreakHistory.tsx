import type { StreakRun } from '@/lib/usage/habits/streak';
import { formatDay, formatShortDate, plural } from './format';

export interface StreakHistoryProps {
  /** Every streak, oldest first. */
  runs: readonly StreakRun[];
  /** The live streak (marked "now"). */
  current: StreakRun | null;
  /** Missed workdays covered by a freeze, oldest first. */
  frozenDays: readonly string[];
  /** Streaks listed, newest first. */
  limit?: number;
}

/** Past streaks as bars, newest first, and the days a freeze saved. */
export function StreakHistory({ runs, current, frozenDays, limit = 5 }: StreakHistoryProps) {
  if (runs.length === 0) return <p className="hb-muted">Your streaks will be listed here.</p>;
  const shown = [...runs].reverse().slice(0, limit);
  const max = Math.max(1, ...shown.map((r) => r.length));
  return (
    <div className="hb-history">
      <ul className="hb-runs">
        {shown.map((r) => {
          const live = current !== null && current.start === r.start;
          return (
            <li key={r.start} className="hb-run" data-live={live}>
              <div className="hb-app-head">
                <span className="hb-app-name">
                  {plural(r.length, 'day')}
                  {live && <span className="hb-pill-now">now</span>}
                </span>
                <span className="hb-app-value">
                  {formatShortDate(r.start)} – {live ? 'today' : formatShortDate(r.end)}
                </span>
              </div>
              <div className="hb-bar" aria-hidden="true">
                <span className="hb-bar-fill" style={{ width: `${Math.max(3, (r.length / max) * 100)}%` }} />
              </div>
            </li>
          );
        })}
      </ul>
      {runs.length > limit && <p className="hb-sub">{plural(runs.length - limit, 'earlier streak')} not shown</p>}
      <p className="hb-frozen">
        {frozenDays.length === 0
          ? 'No streak freezes used yet.'
          : `Streak freezes saved ${plural(frozenDays.length, 'day')}: ${frozenDays
              .slice(-5)
              .reverse()
              .map((d) => formatDay(d, false))
              .join(', ')}${frozenDays.length > 5 ? ' and earlier' : ''}.`}
      </p>
    </div>
  );
}
