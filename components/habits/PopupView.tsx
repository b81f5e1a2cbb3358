import type { HabitSummary } from '@/lib/usage/habits/summary';
import type { DayRollup } from '@/lib/usage/rollup';
import { GoalRing } from './GoalRing';
import { HabitIcon } from './icons';
import { StreakBadge } from './StreakBadge';
import { WeeklyRecap } from './WeeklyRecap';
import { plural } from './format';

export type LogState = { kind: 'idle' } | { kind: 'logging' } | { kind: 'logged' } | { kind: 'error'; message: string };

export interface PopupViewProps {
  summary: HabitSummary;
  /** Today's rollup (null: nothing recorded today). */
  today: DayRollup | null;
  trackingPaused: boolean;
  log: LogState;
  onLog(): void;
  onOpenHabits(section?: 'overview' | 'privacy' | 'settings' | 'sharing'): void;
  /** The company asks to share anonymous statistics and the employee hasn't answered yet. */
  sharingAsk?: boolean;
}

export const SHARING_ASK_TEXT = 'Your company asks to share anonymous statistics';

export const TODAY_COUNTS = 'Today counts';

/** The gentle line under today's figures. */
export function todayStatus(summary: HabitSummary, today: DayRollup | null): string {
  if ((today?.aiActions ?? 0) > 0) return TODAY_COUNTS;
  const todayCell = summary.heatmap.weeks.at(-1)?.cells.find((c) => c.isToday);
  if (summary.streak.atRisk) return `One AI action today keeps your ${plural(summary.streak.current, 'day')} streak going.`;
  if (todayCell && !todayCell.isWorkday) return 'A day off. Any AI use today is a bonus.';
  return 'Nothing yet today. One small task with AI is enough.';
}

/** The toolbar popup: today, the streak, the week's goal, one-tap logging and last week's recap. */
export function PopupView({ summary, today, trackingPaused, log, onLog, onOpenHabits, sharingAsk = false }: PopupViewProps) {
  const status = todayStatus(summary, today);
  const counts = status === TODAY_COUNTS;
  const week = summary.week.current;
  const recap = summary.recap;
  const hasHistory = summary.milestones.activeDays > 0 || recap.lastWeek.daysWithAi > 0;
  return (
    <div className="hb-root hb-popup">
      <header className="pp-head">
        <span className="hb-logo">
          <HabitIcon name="sparkle" size={16} />
        </span>
        <span className="pp-brand">Lastmile</span>
        <button type="button" className="pp-open" onClick={() => onOpenHabits('overview')}>
          My AI habits
          <HabitIcon name="external" size={14} />
        </button>
      </header>
      <main className="pp-main">
        {sharingAsk && (
          <p className="pp-ask" data-testid="sharing-ask">
            <HabitIcon name="share" size={14} />
            <span>
              {SHARING_ASK_TEXT} —{' '}
              <a
                className="hb-link"
                href="/habits.html#sharing"
                target="_blank"
                rel="noopener"
                onClick={(e) => {
                  // Open it the popup's way (a tab, then the popup closes).
                  e.preventDefault();
                  onOpenHabits('sharing');
                }}
              >
                review
              </a>
            </span>
          </p>
        )}
        <section className="hb-card pp-today" aria-labelledby="pp-today-h" data-counts={counts}>
          <h1 id="pp-today-h" className="pp-kicker">
            Today
          </h1>
          <div className="pp-figures">
            <p className="pp-figure">
              <span className="pp-num" data-testid="today-ai-actions">
                {today?.aiActions ?? 0}
              </span>
              <span className="pp-label">{(today?.aiActions ?? 0) === 1 ? 'AI action' : 'AI actions'}</span>
            </p>
            <p className="pp-figure">
              <span className="pp-num" data-testid="today-informed-tasks">
                {today?.informedTasks ?? 0}
              </span>
              <span className="pp-label">AI-informed {(today?.informedTasks ?? 0) === 1 ? 'task' : 'tasks'}</span>
            </p>
          </div>
          <p className="pp-status" data-counts={counts}>
            <HabitIcon name={counts ? 'check' : 'leaf'} size={15} />
            <span data-testid="today-status">{status}</span>
          </p>
          <button
            type="button"
            className="hb-btn hb-btn-primary pp-log"
            onClick={onLog}
            disabled={trackingPaused || log.kind === 'logging'}
            aria-describedby={trackingPaused ? 'pp-paused' : undefined}
          >
            <HabitIcon name="sparkle" size={16} />I used AI
          </button>
          <p className="pp-feedback" role="status" data-tone={log.kind}>
            {log.kind === 'logged' && (
              <>
                <HabitIcon name="check" size={14} />
                Logged. Nice work.
              </>
            )}
            {log.kind === 'error' && `Not logged: ${log.message}`}
          </p>
          {trackingPaused && (
            <p id="pp-paused" className="pp-paused">
              <HabitIcon name="pause" size={14} />
              <span>
                Tracking is paused, so nothing is recorded.{' '}
                <button type="button" className="hb-inline" onClick={() => onOpenHabits('settings')}>
                  Resume in settings
                </button>
              </span>
            </p>
          )}
        </section>

        <section className="hb-card pp-habit" aria-label="Your habit">
          <StreakBadge
            size="small"
            current={summary.streak.current}
            best={summary.streak.best}
            freezesHeld={summary.streak.freezesHeld}
            maxFreezes={summary.streak.maxFreezes}
            atRisk={summary.streak.atRisk}
          />
          <div className="pp-goal">
            <GoalRing done={week.daysDone} goal={week.goal} size={60} />
            <p className="pp-goal-text">
              <span className="pp-goal-title">This week</span>
              <span className="pp-goal-sub">
                {week.met ? 'Goal met' : week.reachable ? `${plural(week.workdaysLeft, 'workday')} left` : 'Next week is new'}
              </span>
            </p>
          </div>
        </section>

        {hasHistory ? (
          <div className="hb-card pp-recap">
            <WeeklyRecap
              week={recap.lastWeek}
              previous={recap.weekBefore}
              suggestion={recap.suggestion}
              headingLevel={2}
              compact
            />
          </div>
        ) : (
          <div className="hb-card pp-start">
            <h2 className="hb-h">Start small</h2>
            <p className="hb-muted">
              Open a tip on Salesforce, Jira, Gmail and more, or tap “I used AI” whenever AI helped you at work.
            </p>
          </div>
        )}
      </main>
      <footer className="pp-foot">
        <HabitIcon name="shield" size={14} />
        <span>Stays in this browser.</span>
        <button type="button" className="hb-inline" onClick={() => onOpenHabits('privacy')}>
          Privacy centre
        </button>
      </footer>
    </div>
  );
}
