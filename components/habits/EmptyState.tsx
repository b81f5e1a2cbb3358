import { HabitIcon } from './icons';

/** First day: what the page will show and how to start. */
export function EmptyState({ onOpenSettings }: { onOpenSettings?: () => void }) {
  return (
    <section className="hb-card hb-empty" aria-labelledby="hb-empty-title">
      <span className="hb-empty-mark">
        <HabitIcon name="sparkle" size={26} />
      </span>
      <h2 id="hb-empty-title" className="hb-empty-title">
        Your AI habit starts here
      </h2>
      <p className="hb-empty-text">
        Open a tip on Salesforce, Jira, Gmail and other work apps, or log AI use with the popup. Every day you use AI
        fills in a square here, and your streak, weekly goal and time saved follow.
      </p>
      <ol className="hb-steps">
        <li>
          <span className="hb-step-num" aria-hidden="true">
            1
          </span>
          Look for the <strong>AI tip</strong> button in the corner of a work app.
        </li>
        <li>
          <span className="hb-step-num" aria-hidden="true">
            2
          </span>
          Use its prompt in your approved AI tool.
        </li>
        <li>
          <span className="hb-step-num" aria-hidden="true">
            3
          </span>
          Used AI some other way? Tap <strong>I used AI</strong> in the Lastmile popup.
        </li>
      </ol>
      {onOpenSettings && (
        <p className="hb-sub">
          Three days a week is the default goal.{' '}
          <button type="button" className="hb-inline" onClick={onOpenSettings}>
            Change your goal
          </button>
        </p>
      )}
    </section>
  );
}
