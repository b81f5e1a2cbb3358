import { HabitIcon } from './icons';
import { plural } from './format';

export interface StreakBadgeProps {
  /** Workdays with AI in a row (the live streak; 0 when none). */
  current: number;
  /** Longest streak ever. */
  best?: number;
  freezesHeld: number;
  maxFreezes: number;
  /** Today is a workday still without AI and a streak is alive. */
  atRisk?: boolean;
  /** Compact layout for the popup. */
  size?: 'small' | 'large';
}

/** The live streak with its freezes: each freeze covers one missed workday automatically. */
export function StreakBadge({ current, best, freezesHeld, maxFreezes, atRisk = false, size = 'large' }: StreakBadgeProps) {
  const held = Math.max(0, Math.min(freezesHeld, maxFreezes));
  const alive = current > 0;
  return (
    <div className="hb-streak" data-size={size} data-alive={alive}>
      <span className="hb-streak-flame">
        <HabitIcon name="flame" size={size === 'large' ? 28 : 22} />
      </span>
      <div className="hb-streak-main">
        <p className="hb-streak-line">
          <span className="hb-streak-num" data-testid="streak-current">
            {current}
          </span>{' '}
          <span className="hb-streak-unit">day streak</span>
        </p>
        {(size === 'large' || atRisk) && (
        <p className="hb-streak-sub">
          {atRisk ? 'Use AI today to keep it going' : alive ? 'Workdays with AI in a row' : 'Use AI on a workday to start one'}
          {best !== undefined && best > 0 ? ` · best ${plural(best, 'day')}` : ''}
        </p>
        )}
        {maxFreezes > 0 && (
          <p className="hb-freezes">
            <span className="hb-freeze-icons" aria-hidden="true">
              {Array.from({ length: maxFreezes }, (_, i) => (
                <span key={i} className="hb-freeze" data-held={i < held}>
                  <HabitIcon name="snowflake" size={13} />
                </span>
              ))}
            </span>
            <span>
              {held === 0
                ? size === 'large'
                  ? 'No streak freezes'
                  : 'No freezes'
                : size === 'large'
                  ? `${plural(held, 'streak freeze')} saved`
                  : plural(held, 'freeze')}
              <span className="hb-sr">
                {held > 0 ? ': a missed workday will not break your streak' : ': earn one every 5 days with AI'}
              </span>
            </span>
          </p>
        )}
      </div>
    </div>
  );
}
