/**
 * The habit model: streaks with freezes, the weekly goal, habit strength, time saved, milestones,
 * personal bests, per-app figures, the heatmap and the weekly recap, all from daily rollups.
 * Pure (runs in Node); all date math is on calendar day strings, never on local instants.
 */
export { addDays, dayNumber, dayString, tryDayNumber, weekStartOf, weekdayOf, DAYS_PER_WEEK } from './calendar';
export { habitDays, habitSchedule, isActive, type HabitDay, type HabitDays, type HabitSchedule } from './days';
export { computeStreak, ACTIVE_DAYS_PER_FREEZE, MAX_FREEZES, type StreakRun, type StreakSummary } from './streak';
export {
  computeWeeklyGoal,
  weekProgress,
  activeWorkdaysByWeek,
  type WeekDay,
  type WeekDayStatus,
  type WeekProgress,
  type WeekRecord,
  type WeeklyGoal,
} from './week';
export { habitStrength, strengthMultiplier, type HabitStrength } from './strength';
export {
  appBreakdown,
  milestones,
  personalBests,
  timeSaved,
  topTips,
  DEFAULT_TOP_TIPS,
  MILESTONES,
  type AppMinutes,
  type AppUsage,
  type BestDay,
  type BestWeek,
  type DayRange,
  type Milestones,
  type PersonalBests,
  type ReachedMilestone,
  type TimeSaved,
  type TipUsage,
} from './stats';
export {
  heatmap,
  heatLevel,
  HEATMAP_THRESHOLDS,
  HEATMAP_WEEKS,
  type Heatmap,
  type HeatmapCell,
  type HeatmapWeek,
  type HeatLevel,
} from './heatmap';
export {
  weeklyRecap,
  suggestNextWeek,
  type RecapChange,
  type Suggestion,
  type SuggestionKind,
  type WeekRecap,
  type WeeklyRecap,
} from './recap';
export { summarizeHabits, type HabitSummary } from './summary';
