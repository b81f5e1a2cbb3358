import type { Milestones } from '@/lib/usage/habits/stats';
import { formatShortDate, plural } from './format';
import { HabitIcon } from './icons';
import { useReducedMotion } from './motion';

export type MilestoneProps = Pick<Milestones, 'activeDays' | 'reached' | 'next' | 'remaining' | 'progress' | 'justReached'>;

const MILESTONE_TEXT: Record<number, string> = {
  7: 'Your first week of AI at work. Small steps, every day, add up.',
  30: 'A month of days with AI. This is turning into how you work.',
  66: 'Around this point, research finds, habits start to feel automatic.',
};

function sentence(days: number): string {
  return MILESTONE_TEXT[days] ?? `${days} days with AI.`;
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
            <p className="hb-celebrate-title">{justReached} days with AI</p>
            <p className="hb-celebrate-text">{sentence(justReached)}</p>
          </div>
        </div>
      )}
      <ol className="hb-marks" aria-label="Milestones">
        {marks.map((m) => {
          const at = reached.find((r) => r.days === m);
          return (
            <li key={m} className="hb-mark" data-reached={reachedDays.has(m)}>
              <span className="hb-mark-badge" aria-hidden="true">
                {reachedDays.has(m) ? <HabitIcon name="check" size={14} /> : m}
              </span>
              <span className="hb-mark-text">
                {plural(m, 'day')}
                <span className="hb-mark-sub">{at ? `reached ${formatShortDate(at.on)}` : 'to come'}</span>
              </span>
            </li>
          );
        })}
      </ol>
      {next !== null ? (
        <div className="hb-next">
          <p className="hb-next-text">
            {activeDays} of {next} days with AI · {remaining} to go
          </p>
          <div
            className="hb-progress"
            role="progressbar"
            aria-label={`Progress to ${next} days with AI`}
            aria-valuemin={0}
            aria-valuemax={next}
            aria-valuenow={activeDays}
            aria-valuetext={`${activeDays} of ${next} days`}
          >
            <span className="hb-progress-fill" data-motion={motion} style={{ width: `${Math.round(progress * 100)}%` }} />
          </div>
        </div>
      ) : (
        <p className="hb-next-text">All milestones reached: {plural(activeDays, 'day')} with AI. Keep going at your own pace.</p>
      )}
    </div>
  );
}
