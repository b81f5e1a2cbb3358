import { i18n } from '#i18n';
import { HabitIcon, type HabitIconName } from './icons';

export interface PersonalBest {
  key: string;
  label: string;
  /** The record ("12 days"); null when there is none yet. */
  value: string | null;
  /** When it happened ("ended Fri 6 Mar"). */
  detail?: string;
  icon: HabitIconName;
}

/** Records as a definition list: label, then value. */
export function PersonalBests({ items }: { items: readonly PersonalBest[] }) {
  return (
    <dl className="hb-bests">
      {items.map((b) => (
        <div key={b.key} className="hb-best">
          <dt className="hb-best-label">
            <span className="hb-best-icon">
              <HabitIcon name={b.icon} size={18} />
            </span>
            {b.label}
          </dt>
          <dd className="hb-best-value">{b.value ?? i18n.t('habits.bests.notYet')}</dd>
          {b.detail && b.value !== null && <dd className="hb-best-detail">{b.detail}</dd>}
        </div>
      ))}
    </dl>
  );
}
