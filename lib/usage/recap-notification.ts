/**
 * The optional weekly recap notification (off by default): when it is due. Pure: the background asks,
 * then shows it with the notifications API, worded in the browser's language (components/recap-text.ts).
 */
import type { WeeklyRecap } from './habits/recap';

export const LAST_RECAP_KEY = 'lastRecapWeek';
/** How often the background checks; the notification itself goes out at most once a week. */
export const RECAP_CHECK_MINUTES = 360;

/** Due once per ISO week (the first check of a new week), and only if last week had any AI use. */
export function recapDue(recap: WeeklyRecap, lastSentForWeek: string | undefined): boolean {
  return lastSentForWeek !== recap.thisWeek.start && recap.lastWeek.daysWithAi > 0;
}
