import { i18n } from '#i18n';
import { HabitIcon } from './icons';

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
          <span className="hb-streak-unit">{i18n.t('recap.streak.unit', current)}</span>
        </p>
        {(size === 'large' || atRisk) && (
        <p className="hb-streak-sub">
          {atRisk
            ? i18n.t('recap.streak.atRisk')
            : alive
              ? i18n.t('recap.streak.alive')
              : i18n.t('recap.streak.start')}
          {best !== undefined && best > 0 ? ` · ${i18n.t('recap.streak.best', best)}` : ''}
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
                  ? i18n.t('recap.streak.noFreezesLong')
                  : i18n.t('recap.streak.noFreezesShort')
                : size === 'large'
                  ? i18n.t('recap.streak.freezesSaved', held)
                  : i18n.t('recap.streak.freezes', held)}
              <span className="hb-sr">
                {held > 0 ? i18n.t('recap.streak.freezeHeld') : i18n.t('recap.streak.freezeEarn')}
              </span>
            </span>
          </p>
        )}
      </div>
    </div>
  );
}
