import { i18n } from '#i18n';
import type { StreakRun } from '@/lib/usage/habits/streak';
import { formatDayRange, formatList, formatNumber, formatShortDate } from './format';

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

/** "Streak freezes saved 2 days: Mar 2 and Feb 24." (the five latest, newest first). */
function frozenText(frozenDays: readonly string[]): string {
  if (frozenDays.length === 0) return i18n.t('habits.history.noFreezes');
  const latest = frozenDays.slice(-5).reverse().map(formatShortDate);
  const days = formatList(frozenDays.length > 5 ? [...latest, i18n.t('habits.history.earlierDays')] : latest);
  return i18n.t('habits.history.frozen', frozenDays.length, [formatNumber(frozenDays.length)], { days });
}

/** Past streaks as bars, newest first, and the days a freeze saved. */
export function StreakHistory({ runs, current, frozenDays, limit = 5 }: StreakHistoryProps) {
  if (runs.length === 0) return <p className="hb-muted">{i18n.t('habits.history.empty')}</p>;
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
                  {i18n.t('habits.count.days', r.length, [formatNumber(r.length)])}
                  {live && <span className="hb-pill-now">{i18n.t('habits.history.now')}</span>}
                </span>
                <span className="hb-app-value">
                  {live ? `${formatShortDate(r.start)} – ${i18n.t('habits.history.today')}` : formatDayRange(r.start, r.end)}
                </span>
              </div>
              <div className="hb-bar" aria-hidden="true">
                <span className="hb-bar-fill" style={{ width: `${Math.max(3, (r.length / max) * 100)}%` }} />
              </div>
            </li>
          );
        })}
      </ul>
      {runs.length > limit && (
        <p className="hb-sub">{i18n.t('habits.history.earlier', runs.length - limit, [formatNumber(runs.length - limit)])}</p>
      )}
      <p className="hb-frozen">{frozenText(frozenDays)}</p>
    </div>
  );
}
