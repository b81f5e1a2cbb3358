/**
 * The optional weekly recap notification (off by default): when it is due and what it says.
 * Pure: the background asks, then shows it with the notifications API.
 */
import type { WeeklyRecap } from './habits/recap';

export const LAST_RECAP_KEY = 'lastRecapWeek';
/** How often the background checks; the notification itself goes out at most once a week. */
export const RECAP_CHECK_MINUTES = 360;

/** Due once per ISO week (the first check of a new week), and only if last week had any AI use. */
export function recapDue(recap: WeeklyRecap, lastSentForWeek: string | undefined): boolean {
  return lastSentForWeek !== recap.thisWeek.start && recap.lastWeek.daysWithAi > 0;
}

export function recapNotification(recap: WeeklyRecap): { title: string; message: string } {
  const w = recap.lastWeek;
  const days = `${w.daysWithAi} ${w.daysWithAi === 1 ? 'day' : 'days'} with AI`;
  const tasks = w.informedTasks ? `, ${w.informedTasks} AI-informed ${w.informedTasks === 1 ? 'task' : 'tasks'}` : '';
  const saved = w.minutesSaved ? `, about ${w.minutesSaved} min saved` : '';
  return {
    title: w.goalMet ? 'Last week: goal met' : 'Your week with AI',
    message: `${days}${tasks}${saved}. Next: ${recap.suggestion.text}`,
  };
}
