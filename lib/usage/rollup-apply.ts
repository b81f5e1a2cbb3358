/**
 * Pure daily-rollup arithmetic: one event in, the day's new rollup out. The store runs it inside
 * the transaction that appends the event, so rollup and raw log never disagree.
 */
import type { z } from 'zod';
import type { AppId } from '../sites/types';
import { pageCategory, type PageCategory } from '../sync/report';
import { QUALIFYING_EVENT_TYPES, USE_EVENT_TYPES, isTipEvent, type UsageEvent } from './events';
import {
  AppDaySchema,
  CategoryDaySchema,
  DayRollupSchema,
  type AppDay,
  type CategoryDay,
  type DayRollup,
} from './rollup';

export interface RollupExtras {
  /** This event completed an AI-informed task started by a tip interaction in this app. */
  informedApp?: AppId;
  /** The page category of that tip interaction (absent for sittings stored before v3: "other"). */
  informedCategory?: PageCategory;
}

type DayCounter = Exclude<
  { [K in keyof DayRollup]: DayRollup[K] extends number ? K : never }[keyof DayRollup],
  undefined
>;
type AppCounter = Exclude<keyof AppDay, 'categories'>;
type CategoryCounter = keyof CategoryDay;

/** Which per-category counter mirrors each per-app counter (every app counter has one). */
const CATEGORY_FIELD: Record<AppCounter, CategoryCounter> = {
  recordVisits: 'recordVisits',
  tipsShown: 'tipsShown',
  tipsUsed: 'tipsUsed',
  dismissed: 'tipsDismissed',
  aiActions: 'aiActions',
  informedTasks: 'informedTasks',
  minutesSaved: 'minutesSaved',
  helpful: 'helpful',
  notHelpful: 'notHelpful',
};

/** A rollup row as stored: zero counters and empty maps omitted; DayRollupSchema restores them. */
export type DayRollupRow = z.input<typeof DayRollupSchema>;
type AppDayRow = z.input<typeof AppDaySchema>;
type CategoryDayRow = z.input<typeof CategoryDaySchema>;

/** A copy that can be changed without touching the input (maps copied; app entries copied on write). */
function copy(rollup: DayRollup): DayRollup {
  return { ...rollup, apps: { ...rollup.apps }, tips: { ...rollup.tips }, tools: { ...rollup.tools } };
}

/** Bumps the app's counter and the same counter of its page category (copied on write). */
function bumpApp(r: DayRollup, app: AppId, category: PageCategory, field: AppCounter, by = 1): void {
  const current = r.apps[app] ?? AppDaySchema.parse({});
  const cat = current.categories[category] ?? CategoryDaySchema.parse({});
  const catField = CATEGORY_FIELD[field];
  r.apps[app] = {
    ...current,
    [field]: current[field] + by,
    categories: { ...current.categories, [category]: { ...cat, [catField]: cat[catField] + by } },
  };
}

function bump(r: DayRollup, field: DayCounter, by = 1): void {
  r[field] += by;
}

function bumpKey(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}

/**
 * The day's rollup after `event`. Semantics:
 * - qualifying events (QUALIFYING_EVENT_TYPES) are aiActions; tip events attribute them to
 *   their app, ai_prompt / manual_log to no app unless they completed an AI-informed task;
 *   `tools[toolId]` counts qualifying actions per AI tool;
 * - prompts, aiSessions, manualLogs, tipsShown count their event type; dismissed counts per app;
 * - tipsUsed and `tips[tipId]` count USE_EVENT_TYPES; minutesSaved sums marked_used's minutes;
 * - `extras.informedApp`: one AI-informed task for that app.
 * - helpful / not_helpful count per app (feedback only: not uses, not AI actions);
 * - every per-app counter is also counted under its page category (`pageCategory(event.page)`;
 *   for AI use informed by a tip, the category of that tip's sitting).
 * Throws if the event belongs to another day (a caller bug, never silently misfiled).
 */
export function applyEventToRollup(rollup: DayRollup, event: UsageEvent, extras: RollupExtras = {}): DayRollup {
  if (rollup.day !== event.day) {
    throw new RangeError(`applyEventToRollup: event of ${event.day} applied to rollup of ${rollup.day}`);
  }
  const r = copy(rollup);
  const app = isTipEvent(event) ? event.app : undefined;
  const category = isTipEvent(event) ? pageCategory(event.page) : 'other';
  const qualifying = QUALIFYING_EVENT_TYPES.includes(event.type);
  const informedCategory = extras.informedCategory ?? 'other';

  switch (event.type) {
    case 'tip_shown':
      bump(r, 'tipsShown');
      if (app) bumpApp(r, app, category, 'tipsShown');
      break;
    case 'dismissed':
      // Per app only (dismissals always have one); the day's total is the sum over apps.
      if (app) bumpApp(r, app, category, 'dismissed');
      break;
    case 'helpful':
      if (app) bumpApp(r, app, category, 'helpful');
      break;
    case 'not_helpful':
      if (app) bumpApp(r, app, category, 'notHelpful');
      break;
    case 'ai_session':
      bump(r, 'aiSessions');
      break;
    case 'ai_prompt':
      bump(r, 'prompts');
      break;
    case 'manual_log':
      bump(r, 'manualLogs');
      break;
    default:
      break;
  }

  if (USE_EVENT_TYPES.includes(event.type)) {
    bump(r, 'tipsUsed');
    if (app) bumpApp(r, app, category, 'tipsUsed');
    if (isTipEvent(event) && event.tipId) bumpKey(r.tips, event.tipId);
  }

  if (qualifying) {
    bump(r, 'aiActions');
    // A tip event counts where it happened; other AI use where the tip that informed it was.
    if (app) bumpApp(r, app, category, 'aiActions');
    else if (extras.informedApp) bumpApp(r, extras.informedApp, informedCategory, 'aiActions');
    if (event.toolId) bumpKey(r.tools, event.toolId);
  }

  if (event.type === 'marked_used' && event.minutesSaved) {
    bump(r, 'minutesSaved', event.minutesSaved);
    if (app) bumpApp(r, app, category, 'minutesSaved', event.minutesSaved);
  }

  if (extras.informedApp) {
    bump(r, 'informedTasks');
    bumpApp(r, extras.informedApp, informedCategory, 'informedTasks');
  }
  return r;
}

/** A record-page visit: a counter only (`page` is the page kind; only its category is kept). */
export function applyVisitToRollup(rollup: DayRollup, app: AppId, page: string): DayRollup {
  const r = copy(rollup);
  bumpApp(r, app, pageCategory(page), 'recordVisits');
  return r;
}

function nonZero(map: Record<string, number>): Record<string, number> | undefined {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(map)) if (v !== 0) out[k] = v;
  return Object.keys(out).length > 0 ? out : undefined;
}

function compactApp(app: AppDay): AppDayRow | undefined {
  const { categories, ...counters } = app;
  const row: AppDayRow = { ...nonZero(counters) };
  const kept: Partial<Record<PageCategory, CategoryDayRow>> = {};
  for (const [cat, figures] of Object.entries(categories) as [PageCategory, CategoryDay | undefined][]) {
    const c = figures ? nonZero({ ...figures }) : undefined;
    if (c) kept[cat] = c;
  }
  if (Object.keys(kept).length > 0) row.categories = kept;
  return Object.keys(row).length > 0 ? row : undefined;
}

/**
 * The stored form: zero counters, empty apps and empty maps are omitted (most days touch two or
 * three apps and a handful of counters), so a row is ~100-300 bytes instead of ~1 KB.
 * `DayRollupSchema.parse(compactRollup(r))` equals `r`.
 */
export function compactRollup(rollup: DayRollup): DayRollupRow {
  // Generic over the counters, so a counter added to the schema later is stored too.
  const { day, apps, tips, tools, ...counters } = rollup;
  const row: DayRollupRow = Object.assign({ day }, nonZero(counters));
  const keptApps: Partial<Record<AppId, AppDayRow>> = {};
  for (const [id, figures] of Object.entries(apps) as [AppId, AppDay | undefined][]) {
    const c = figures ? compactApp(figures) : undefined;
    if (c) keptApps[id] = c;
  }
  if (Object.keys(keptApps).length > 0) row.apps = keptApps;
  const keptTips = nonZero(tips);
  if (keptTips) row.tips = keptTips;
  const keptTools = nonZero(tools);
  if (keptTools) row.tools = keptTools;
  return row;
}
