import { i18n } from '#i18n';
import { HabitIcon } from './icons';
import { rich } from './rich';

/** First day: what the page will show and how to start. */
export function EmptyState({ onOpenSettings }: { onOpenSettings?: () => void }) {
  return (
    <section className="hb-card hb-empty" aria-labelledby="hb-empty-title">
      <span className="hb-empty-mark">
        <HabitIcon name="sparkle" size={26} />
      </span>
      <h2 id="hb-empty-title" className="hb-empty-title">
        {i18n.t('habits.empty.title')}
      </h2>
      <p className="hb-empty-text">{i18n.t('habits.empty.text')}</p>
      <ol className="hb-steps">
        <li>
          <span className="hb-step-num" aria-hidden="true">
            1
          </span>
          {/* The pill's and the popup's own labels, so the words match what the employee will see there. */}
          {rich({ button: <strong>{i18n.t('pill.label')}</strong> }, (m) => i18n.t('habits.empty.step1', { button: m.button }))}
        </li>
        <li>
          <span className="hb-step-num" aria-hidden="true">
            2
          </span>
          {i18n.t('habits.empty.step2')}
        </li>
        <li>
          <span className="hb-step-num" aria-hidden="true">
            3
          </span>
          {rich({ button: <strong>{i18n.t('popup.log')}</strong> }, (m) => i18n.t('habits.empty.step3', { button: m.button }))}
        </li>
      </ol>
      {onOpenSettings && (
        <p className="hb-sub">
          {i18n.t('habits.empty.goal')}{' '}
          <button type="button" className="hb-inline" onClick={onOpenSettings}>
            {i18n.t('habits.empty.changeGoal')}
          </button>
        </p>
      )}
    </section>
  );
}
