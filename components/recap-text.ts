/**
 * The weekly recap in words, in the browser's language: the optional notification the background shows,
 * and the "try this week" suggestion the recap views show. The habit model (lib/usage/habits) stays
 * free of wording and hands over codes and figures.
 */
import { i18n } from '#i18n';
import { detectorFor } from '@/lib/sites';
import type { AppId } from '@/lib/sites/types';
import type { Suggestion, WeeklyRecap } from '@/lib/usage/habits/recap';

const appName = (app: AppId): string => detectorFor(app).label;

/** "today", or "on Wednesday" with the weekday in the messages' language. */
function whenText(day: string, isToday: boolean): string {
  if (isToday) return i18n.t('recap.suggestion.today');
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return i18n.t('recap.suggestion.today');
  const weekday = new Intl.DateTimeFormat(i18n.t('common.lang') || 'en', { weekday: 'long', timeZone: 'UTC' }).format(date);
  return i18n.t('recap.suggestion.onDay', { day: weekday });
}

/** The suggestion's sentence (plain text). */
export function suggestionText(s: Suggestion): string {
  switch (s.kind) {
    case 'first_tip':
      return s.app ? i18n.t('recap.suggestion.firstTipApp', { app: appName(s.app) }) : i18n.t('recap.suggestion.firstTip');
    case 'come_back':
      return i18n.t('recap.suggestion.comeBack', {
        where: s.app ? appName(s.app) : i18n.t('recap.suggestion.anyTool'),
        when: whenText(s.day, s.isToday),
      });
    case 'reach_goal': {
      const missing = Math.max(1, s.goal - s.workdays);
      const done = i18n.t('recap.suggestion.reachGoal', missing, [missing], { done: s.workdays, goal: s.goal });
      const when = whenText(s.day, s.isToday);
      const next = s.app
        ? i18n.t('recap.suggestion.tryApp', { app: appName(s.app), when })
        : i18n.t('recap.suggestion.tryAny', { when });
      return `${done} ${next}`;
    }
    case 'raise_goal':
      return i18n.t('recap.suggestion.raiseGoal', { weeks: s.weeks, days: s.goal });
    case 'new_app':
      return i18n.t('recap.suggestion.newApp', { app: appName(s.app) });
    case 'level_up':
      return i18n.t('recap.suggestion.levelUp', { app: appName(s.app), minutes: s.minutes, weeks: s.weeks });
    case 'keep_going':
      return i18n.t('recap.suggestion.keepGoing', s.workdays);
  }
}

/** Title and body of the weekly recap notification. */
export function recapNotificationText(recap: WeeklyRecap): { title: string; message: string } {
  const w = recap.lastWeek;
  const figures = [i18n.t('background.recap.days', w.daysWithAi)];
  if (w.informedTasks) figures.push(i18n.t('background.recap.tasks', w.informedTasks));
  if (w.minutesSaved) figures.push(i18n.t('background.recap.saved', { minutes: w.minutesSaved }));
  return {
    title: w.goalMet ? i18n.t('background.recap.titleMet') : i18n.t('background.recap.title'),
    message: i18n.t('background.recap.message', {
      figures: figures.join(', '),
      suggestion: suggestionText(recap.suggestion),
    }),
  };
}
