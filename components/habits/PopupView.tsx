import { i18n } from '#i18n';
import type { HabitSummary } from '@/lib/usage/habits/summary';
import type { DayRollup } from '@/lib/usage/rollup';
import { GoalRing } from './GoalRing';
import { HabitIcon } from './icons';
import { StreakBadge } from './StreakBadge';
import { WeeklyRecap } from './WeeklyRecap';

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

/** Which gentle line goes under today's figures. */
export type TodayStatus = 'counts' | 'atRisk' | 'dayOff' | 'nothing';

export function todayStatus(summary: HabitSummary, today: DayRollup | null): TodayStatus {
  if ((today?.aiActions ?? 0) > 0) return 'counts';
  const todayCell = summary.heatmap.weeks.at(-1)?.cells.find((c) => c.isToday);
  if (summary.streak.atRisk) return 'atRisk';
  if (todayCell && !todayCell.isWorkday) return 'dayOff';
  return 'nothing';
}

/** The line itself, in the browser's language. */
export function todayStatusText(status: TodayStatus, streak: number): string {
  switch (status) {
    case 'counts':
      return i18n.t('popup.status.counts');
    case 'atRisk':
      return i18n.t('popup.status.atRisk', streak);
    case 'dayOff':
      return i18n.t('popup.status.dayOff');
    case 'nothing':
      return i18n.t('popup.status.nothing');
  }
}

/** The toolbar popup: today, the streak, the week's goal, one-tap logging and last week's recap. */
export function PopupView({ summary, today, trackingPaused, log, onLog, onOpenHabits, sharingAsk = false }: PopupViewProps) {
  const status = todayStatus(summary, today);
  const counts = status === 'counts';
  const aiActions = today?.aiActions ?? 0;
  const informedTasks = today?.informedTasks ?? 0;
  const week = summary.week.current;
  const recap = summary.recap;
  const hasHistory = summary.milestones.activeDays > 0 || recap.lastWeek.daysWithAi > 0;
  return (
    <div className="hb-root hb-popup">
      <header className="pp-head">
        <span className="hb-logo">
          <HabitIcon name="sparkle" size={16} />
        </span>
        <span className="pp-brand">{i18n.t('extShortName')}</span>
        <button type="button" className="pp-open" onClick={() => onOpenHabits('overview')}>
          {i18n.t('popup.myHabits')}
          <HabitIcon name="external" size={14} />
        </button>
      </header>
      <main className="pp-main">
        {sharingAsk && (
          <p className="pp-ask" data-testid="sharing-ask">
            <HabitIcon name="share" size={14} />
            <span>
              {i18n.t('popup.sharingAsk')} —{' '}
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
                {i18n.t('popup.review')}
              </a>
            </span>
          </p>
        )}
        <section className="hb-card pp-today" aria-labelledby="pp-today-h" data-counts={counts}>
          <h1 id="pp-today-h" className="pp-kicker">
            {i18n.t('popup.today')}
          </h1>
          <div className="pp-figures">
            <p className="pp-figure">
              <span className="pp-num" data-testid="today-ai-actions">
                {aiActions}
              </span>
              <span className="pp-label">{i18n.t('popup.aiActions', aiActions)}</span>
            </p>
            <p className="pp-figure">
              <span className="pp-num" data-testid="today-informed-tasks">
                {informedTasks}
              </span>
              <span className="pp-label">{i18n.t('popup.informedTasks', informedTasks)}</span>
            </p>
          </div>
          <p className="pp-status" data-counts={counts}>
            <HabitIcon name={counts ? 'check' : 'leaf'} size={15} />
            <span data-testid="today-status">{todayStatusText(status, summary.streak.current)}</span>
          </p>
          <button
            type="button"
            className="hb-btn hb-btn-primary pp-log"
            onClick={onLog}
            disabled={trackingPaused || log.kind === 'logging'}
            aria-describedby={trackingPaused ? 'pp-paused' : undefined}
          >
            <HabitIcon name="sparkle" size={16} />
            {i18n.t('popup.log')}
          </button>
          <p className="pp-feedback" role="status" data-tone={log.kind}>
            {log.kind === 'logged' && (
              <>
                <HabitIcon name="check" size={14} />
                {i18n.t('popup.logged')}
              </>
            )}
            {log.kind === 'error' && i18n.t('popup.notLogged', { error: log.message })}
          </p>
          {trackingPaused && (
            <p id="pp-paused" className="pp-paused">
              <HabitIcon name="pause" size={14} />
              <span>
                {i18n.t('popup.paused')}{' '}
                <button type="button" className="hb-inline" onClick={() => onOpenHabits('settings')}>
                  {i18n.t('popup.resume')}
                </button>
              </span>
            </p>
          )}
        </section>

        <section className="hb-card pp-habit" aria-label={i18n.t('popup.habit')}>
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
              <span className="pp-goal-title">{i18n.t('popup.thisWeek')}</span>
              <span className="pp-goal-sub">
                {week.met
                  ? i18n.t('popup.goalMet')
                  : week.reachable
                    ? i18n.t('popup.workdaysLeft', week.workdaysLeft)
                    : i18n.t('popup.nextWeekNew')}
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
            <h2 className="hb-h">{i18n.t('popup.startTitle')}</h2>
            <p className="hb-muted">{i18n.t('popup.startText')}</p>
          </div>
        )}
      </main>
      <footer className="pp-foot">
        <HabitIcon name="shield" size={14} />
        <span>{i18n.t('popup.stays')}</span>
        <button type="button" className="hb-inline" onClick={() => onOpenHabits('privacy')}>
          {i18n.t('popup.privacy')}
        </button>
      </footer>
    </div>
  );
}
