import { useId, type ReactNode } from 'react';
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
import { formatDay, formatDelta, formatMinutes, formatShortDate, plural } from './format';
import { HabitIcon } from './icons';

export interface TipInfo {
  title: string;
  app?: AppId;
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
      label: 'Longest streak',
      value: longestStreak ? plural(longestStreak.length, 'day') : null,
      ...(longestStreak ? { detail: `${formatShortDate(longestStreak.start)} – ${formatShortDate(longestStreak.end)}` } : {}),
      icon: 'flame',
    },
    {
      key: 'week',
      label: 'Best week',
      value: bestWeek ? `${plural(bestWeek.activeDays, 'day')} with AI` : null,
      ...(bestWeek ? { detail: `Week of ${formatDay(bestWeek.start)}` } : {}),
      icon: 'trophy',
    },
    {
      key: 'day',
      label: 'Busiest day',
      value: mostActionsInDay ? plural(mostActionsInDay.aiActions, 'AI action') : null,
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

      <section className="hb-card hb-hero" aria-label="Your habit at a glance">
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
            <p className="hb-stat-label">Weekly goal</p>
            <p className="hb-hero-goal-text">
              {current.met ? 'Met this week' : `${current.daysDone} of ${current.goal} days`}
            </p>
            <p className="hb-stat-detail">
              {current.met
                ? `${plural(summary.week.metInARow, 'week')} in a row`
                : current.reachable
                  ? `${plural(current.workdaysLeft, 'workday')} left`
                  : 'A fresh start on Monday'}
            </p>
          </div>
        </div>
        <StatCard
          icon="leaf"
          tone="green"
          label="Habit strength"
          value={`${strength.percent}%`}
          detail={`${formatDelta(strengthDelta)} points vs last week`}
        />
        <StatCard
          icon="clock"
          tone="ice"
          label="Time saved"
          value={formatMinutes(timeSaved.total)}
          detail={`${formatMinutes(timeSaved.thisWeek)} this week`}
        />
      </section>

      <Card title="Milestones" sub={`${plural(summary.milestones.activeDays, 'day')} with AI so far`}>
        <Milestone {...summary.milestones} />
      </Card>

      <section className="hb-card" aria-labelledby={heatmapId}>
        <div className="hb-card-head">
          <h2 id={heatmapId} className="hb-h">
            Your year with AI
          </h2>
          <p className="hb-sub">Each square is a day; darker means more AI actions</p>
        </div>
        <Heatmap weeks={summary.heatmap.weeks} labelledBy={heatmapId} />
        <p className="hb-hm-key" aria-hidden="true">
          <span>
            <span className="hb-hm-sq hb-key-today" /> Today
          </span>
          <span>
            <span className="hb-hm-sq hb-key-frozen" /> Streak freeze used
          </span>
        </p>
      </section>

      <div className="hb-cols">
        <div className="hb-card">
          <WeeklyRecap week={recap.lastWeek} previous={recap.weekBefore} suggestion={recap.suggestion} />
        </div>
        <Card title="Personal bests">
          <PersonalBests items={bests(summary)} />
        </Card>
      </div>

      <div className="hb-cols">
        <Card title="Where you use AI" sub="All time">
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
        <Card title="Top tips" sub="Most used">
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

      <Card title="Streak history" sub={`Best: ${plural(streak.best, 'day')}`}>
        <StreakHistory runs={streak.history} current={streak.currentRun} frozenDays={streak.frozenDays} />
        <p className="hb-note">
          <HabitIcon name="snowflake" size={14} />
          Every 5 days with AI earns a streak freeze (you can hold {streak.maxFreezes}). A freeze covers one missed
          workday automatically.
        </p>
      </Card>
    </div>
  );
}
