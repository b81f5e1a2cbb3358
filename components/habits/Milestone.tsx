import { i18n } from '#i18n';
import type { Milestones } from '@/lib/usage/habits/stats';
import { formatNumber, formatShortDate } from './format';
import { HabitIcon } from './icons';
import { useReducedMotion } from './motion';

export type MilestoneProps = Pick<Milestones, 'activeDays' | 'reached' | 'next' | 'remaining' | 'progress' | 'justReached'>;

/** The sentence for each milestone the habit model knows (lib/usage/habits); any other gets a plain one. */
function sentence(days: number): string {
  switch (days) {
    case 7:
      return i18n.t('habits.milestone.first');
    case 30:
      return i18n.t('habits.milestone.month');
    case 66:
      return i18n.t('habits.milestone.automatic');
    default:
      return i18n.t('habits.milestone.generic', days, [formatNumber(days)]);
  }
}

/**
 * Milestones at 7, 30 and 66 days with AI. The day one is reached, a calm banner says so (one
 * gentle entrance, none with reduced motion); otherwise the path to the next one.
 */
export function Milestone({ activeDays, reached, next, remaining, progress, justReached }: MilestoneProps) {
  const reduce = useReducedMotion();
  const motion = reduce ? 'reduce' : 'full';
  const reachedDays = new Set(reached.map((r) => r.days));
  const marks = [...new Set([...reached.map((r) => r.days), ...(next === null ? [] : [next]), 7, 30, 66])].sort((a, b) => a - b);

  return (
    <div className="hb-milestones">
      {justReached !== null && (
        <div className="hb-celebrate" data-motion={motion} data-testid="milestone-banner">
          <span className="hb-celebrate-icon">
            <HabitIcon name="trophy" size={22} />
          </span>
          <div>
            <p className="hb-celebrate-title">{i18n.t('habits.count.daysWithAi', justReached, [formatNumber(justReached)])}</p>
            <p className="hb-celebrate-text">{sentence(justReached)}</p>
          </div>
        </div>
      )}
      <ol className="hb-marks" aria-label={i18n.t('habits.milestone.list')}>
        {marks.map((m) => {
          const at = reached.find((r) => r.days === m);
          return (
            <li key={m} className="hb-mark" data-reached={reachedDays.has(m)}>
              <span className="hb-mark-badge" aria-hidden="true">
                {reachedDays.has(m) ? <HabitIcon name="check" size={14} /> : formatNumber(m)}
              </span>
              <span className="hb-mark-text">
                {i18n.t('habits.count.days', m, [formatNumber(m)])}
                <span className="hb-mark-sub">
                  {at ? i18n.t('habits.milestone.reached', { date: formatShortDate(at.on) }) : i18n.t('habits.milestone.toCome')}
                </span>
              </span>
            </li>
          );
        })}
      </ol>
      {next !== null ? (
        <div className="hb-next">
          <p className="hb-next-text">
            {i18n.t('habits.milestone.progress', {
              done: formatNumber(activeDays),
              next: formatNumber(next),
              left: formatNumber(remaining),
            })}
          </p>
          <div
            className="hb-progress"
            role="progressbar"
            aria-label={i18n.t('habits.milestone.progressLabel', { next: formatNumber(next) })}
            aria-valuemin={0}
            aria-valuemax={next}
            aria-valuenow={activeDays}
            aria-valuetext={i18n.t('habits.milestone.progressValue', { done: formatNumber(activeDays), next: formatNumber(next) })}
          >
            <span className="hb-progress-fill" data-motion={motion} style={{ width: `${Math.round(progress * 100)}%` }} />
          </div>
        </div>
      ) : (
        <p className="hb-next-text">
          {i18n.t('habits.milestone.allReached', {
            days: i18n.t('habits.count.daysWithAi', activeDays, [formatNumber(activeDays)]),
          })}
        </p>
      )}
    </div>
  );
}
