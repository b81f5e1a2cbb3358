import { useId, type ReactNode } from 'react';
import { i18n } from '#i18n';
import type { HabitSummary } from '@/lib/usage/habits/summary';
import { detectorFor } from '@/lib/sites';
import type { AppId } from '@/lib/sites/types';
import { AppBreakdown } from './AppBreakdown';
import { EmptyState } from './EmptyState';
import { GoalRing } from './GoalRing';
import { Heatmap } from './Heatmap';
import { Milestone } from './Milestone';
import { PersonalBests, type PersonalBest } from './PersonalBests';
import { StatCard } from './StatCard';
import { StreakBadge } from './StreakBadge';
import { StreakHistory } from './StreakHistory';
import { TopTips } from './TopTips';
import { WeeklyRecap } from './WeeklyRecap';
import { formatDay, formatDayRange, formatDelta, formatMinutes, formatNumber, formatPercent } from './format';
import { HabitIcon } from './icons';

export interface TipInfo {
  title: string;
  app?: AppId;
}

/**
 * Tip names for the pages: the bundled playbook, then the company's own tips from the policy in
 * force over it (a company tip may reuse a bundled id). A tip neither knows (one since withdrawn)
 * is shown by its id.
 */
export function tipCatalogue(
  bundled: Iterable<readonly [string, TipInfo]>,
  companyTips: readonly { id: string; title: string; app: AppId }[] = [],
): Map<string, TipInfo> {
  const all = new Map<string, TipInfo>(bundled);
  for (const t of companyTips) all.set(t.id, { title: t.title, app: t.app });
  return all;
}

export interface HabitsOverviewProps {
  summary: HabitSummary;
  /** Tip id -> title (and app); ids missing here show as the id. */
  tips: ReadonlyMap<string, TipInfo>;
  onOpenSettings?(): void;
}

export function appLabel(app: AppId): string {
  try {
    return detectorFor(app).label;
  } catch {
    return app;
  }
}

function bests(summary: HabitSummary): PersonalBest[] {
  const { longestStreak, bestWeek, mostActionsInDay } = summary.bests;
  return [
    {
      key: 'streak',
      label: i18n.t('habits.bests.streak'),
      value: longestStreak ? i18n.t('habits.count.days', longestStreak.length, [formatNumber(longestStreak.length)]) : null,
      ...(longestStreak ? { detail: formatDayRange(longestStreak.start, longestStreak.end) } : {}),
      icon: 'flame',
    },
    {
      key: 'week',
      label: i18n.t('habits.bests.week'),
      value: bestWeek ? i18n.t('habits.count.daysWithAi', bestWeek.activeDays, [formatNumber(bestWeek.activeDays)]) : null,
      ...(bestWeek ? { detail: i18n.t('habits.bests.weekDetail', { day: formatDay(bestWeek.start) }) } : {}),
      icon: 'trophy',
    },
    {
      key: 'day',
      label: i18n.t('habits.bests.day'),
      value: mostActionsInDay
        ? i18n.t('habits.count.aiActions', mostActionsInDay.aiActions, [formatNumber(mostActionsInDay.aiActions)])
        : null,
      ...(mostActionsInDay ? { detail: formatDay(mostActionsInDay.day) } : {}),
      icon: 'sparkle',
    },
  ];
}

function Card({ title, sub, children, className }: { title: string; sub?: string; children: ReactNode; className?: string }) {
  const id = useId();
  return (
    <section className={className ? `hb-card ${className}` : 'hb-card'} aria-labelledby={id}>
      <div className="hb-card-head">
        <h2 id={id} className="hb-h">
          {title}
        </h2>
        {sub && <p className="hb-sub">{sub}</p>}
      </div>
      {children}
    </section>
  );
}

/** "My AI habits": the streak, the week, strength and time saved, then the year and the details. */
export function HabitsOverview({ summary, tips, onOpenSettings }: HabitsOverviewProps) {
  const heatmapId = useId();
  const { streak, week, strength, timeSaved, recap } = summary;
  const current = week.current;
  const strengthDelta = strength.percent - Math.round(strength.weekAgo * 100);
  const empty = summary.milestones.activeDays === 0 && summary.heatmap.weeks.every((w) => w.cells.every((c) => c.count === 0));

  return (
    <div className="hb-overview">
      {empty && <EmptyState {...(onOpenSettings ? { onOpenSettings } : {})} />}

      <section className="hb-card hb-hero" aria-label={i18n.t('habits.hero.label')}>
        <StreakBadge
          current={streak.current}
          best={streak.best}
          freezesHeld={streak.freezesHeld}
          maxFreezes={streak.maxFreezes}
          atRisk={streak.atRisk}
        />
        <div className="hb-hero-goal">
          <GoalRing done={current.daysDone} goal={current.goal} size={68} />
          <div>
            <p className="hb-stat-label">{i18n.t('habits.hero.goalLabel')}</p>
            <p className="hb-hero-goal-text">
              {current.met
                ? i18n.t('habits.hero.goalMet')
                : i18n.t('habits.hero.goalProgress', current.goal, [formatNumber(current.goal)], { done: formatNumber(current.daysDone) })}
            </p>
            <p className="hb-stat-detail">
              {current.met
                ? i18n.t('habits.hero.inARow', summary.week.metInARow, [formatNumber(summary.week.metInARow)])
                : current.reachable
                  ? i18n.t('habits.hero.workdaysLeft', current.workdaysLeft, [formatNumber(current.workdaysLeft)])
                  : i18n.t('habits.hero.freshStart')}
            </p>
          </div>
        </div>
        <StatCard
          icon="leaf"
          tone="green"
          label={i18n.t('habits.hero.strength')}
          value={formatPercent(strength.percent)}
          detail={i18n.t('habits.hero.strengthDetail', Math.abs(strengthDelta), [formatDelta(strengthDelta)])}
        />
        <StatCard
          icon="clock"
          tone="ice"
          label={i18n.t('habits.hero.timeSaved')}
          value={formatMinutes(timeSaved.total, { whole: true })}
          testId="hero-time-saved"
          detail={i18n.t('habits.hero.timeSavedDetail', { time: formatMinutes(timeSaved.thisWeek) })}
        />
      </section>

      <Card
        title={i18n.t('habits.overview.milestones')}
        sub={i18n.t('habits.overview.milestonesSub', summary.milestones.activeDays, [formatNumber(summary.milestones.activeDays)])}
      >
        <Milestone {...summary.milestones} />
      </Card>

      <section className="hb-card" aria-labelledby={heatmapId}>
        <div className="hb-card-head">
          <h2 id={heatmapId} className="hb-h">
            {i18n.t('habits.overview.year')}
          </h2>
          <p className="hb-sub">{i18n.t('habits.overview.yearSub')}</p>
        </div>
        <Heatmap weeks={summary.heatmap.weeks} labelledBy={heatmapId} />
        <p className="hb-hm-key" aria-hidden="true">
          <span>
            <span className="hb-hm-sq hb-key-today" /> {i18n.t('habits.overview.keyToday')}
          </span>
          <span>
            <span className="hb-hm-sq hb-key-frozen" /> {i18n.t('habits.overview.keyFrozen')}
          </span>
        </p>
      </section>

      <div className="hb-cols">
        <div className="hb-card">
          <WeeklyRecap week={recap.lastWeek} previous={recap.weekBefore} suggestion={recap.suggestion} />
        </div>
        <Card title={i18n.t('habits.overview.bests')}>
          <PersonalBests items={bests(summary)} />
        </Card>
      </div>

      <div className="hb-cols">
        <Card title={i18n.t('habits.overview.apps')} sub={i18n.t('habits.overview.appsSub')}>
          <AppBreakdown
            rows={summary.apps.allTime.map((a) => ({
              app: a.app,
              label: appLabel(a.app),
              aiActions: a.aiActions,
              tipsUsed: a.tipsUsed,
              minutesSaved: a.minutesSaved,
            }))}
          />
        </Card>
        <Card title={i18n.t('habits.overview.topTips')} sub={i18n.t('habits.overview.topTipsSub')}>
          <TopTips
            tips={summary.topTips.map((t) => {
              const info = tips.get(t.tipId);
              return {
                id: t.tipId,
                title: info?.title ?? t.tipId,
                ...(info?.app ? { app: appLabel(info.app) } : {}),
                uses: t.uses,
                lastUsed: t.lastUsed,
              };
            })}
          />
        </Card>
      </div>

      <Card
        title={i18n.t('habits.overview.history')}
        sub={i18n.t('habits.overview.historySub', { days: i18n.t('habits.count.days', streak.best, [formatNumber(streak.best)]) })}
      >
        <StreakHistory runs={streak.history} current={streak.currentRun} frozenDays={streak.frozenDays} />
        <p className="hb-note">
          <HabitIcon name="snowflake" size={14} />
          {i18n.t('habits.overview.freezeNote', { max: formatNumber(streak.maxFreezes) })}
        </p>
      </Card>
    </div>
  );
}
