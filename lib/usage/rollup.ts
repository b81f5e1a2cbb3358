import { z } from 'zod';
import { AppIdSchema } from '../sites/types';
import { PageCategorySchema } from '../sync/report';

const count = z.number().int().min(0);
/** Keys of DayRollup.tips (tip ids) and DayRollup.tools (AI tool ids), as stored. */
export const TipKeySchema = z.string().max(64);
export const ToolKeySchema = z.string().max(40);

/**
 * One app's figures on one coarse page category (record, list, compose, other) for one day:
 * what the daily report sends per (app, category). Never the page kind itself.
 */
export const CategoryDaySchema = z
  .object({
    recordVisits: count.default(0),
    tipsShown: count.default(0),
    tipsUsed: count.default(0),
    tipsDismissed: count.default(0),
    aiActions: count.default(0),
    informedTasks: count.default(0),
    minutesSaved: count.default(0),
    /** "Was this helpful?" taps on tips. */
    helpful: count.default(0),
    notHelpful: count.default(0),
  })
  .strict();
export type CategoryDay = z.infer<typeof CategoryDaySchema>;

/** One SaaS app's figures for one local day. */
export const AppDaySchema = z
  .object({
    /** Record pages visited (a counter only: no raw event, no record id). */
    recordVisits: count.default(0),
    tipsShown: count.default(0),
    /** Uses of tips: copy, open in AI, "I used AI for this". */
    tipsUsed: count.default(0),
    dismissed: count.default(0),
    /** Qualifying AI actions attributed to this app (from its tips, or AI use they informed). */
    aiActions: count.default(0),
    /** Tip interactions followed by AI use within 30 minutes. */
    informedTasks: count.default(0),
    /** Minutes saved the employee confirmed ("I used AI for this" on a tip with an estimate). */
    minutesSaved: count.default(0),
    /** "Was this helpful?" taps on this app's tips (feedback only: not uses, not AI actions). */
    helpful: count.default(0),
    notHelpful: count.default(0),
    /**
     * The same figures split by page category (added in v3; rows written before have none, and
     * the report files the difference under "other").
     */
    categories: z.partialRecord(PageCategorySchema, CategoryDaySchema).default({}),
  })
  .strict();
export type AppDay = z.infer<typeof AppDaySchema>;

/**
 * Everything the habit views need about one local day, kept forever (raw events are pruned).
 * One row per day: three years are about 1 100 small rows.
 */
export const DayRollupSchema = z
  .object({
    /** Local day, YYYY-MM-DD (days start at 04:00 local time). */
    day: z.iso.date(),
    /** Qualifying AI actions (prompts sent, AI opened from a tip, "I used AI", manual logs). */
    aiActions: count.default(0),
    aiSessions: count.default(0),
    prompts: count.default(0),
    manualLogs: count.default(0),
    tipsShown: count.default(0),
    tipsUsed: count.default(0),
    informedTasks: count.default(0),
    minutesSaved: count.default(0),
    apps: z.partialRecord(AppIdSchema, AppDaySchema).default({}),
    /** Uses per tip id. */
    tips: z.record(TipKeySchema, count).default({}),
    /** Qualifying AI actions per AI tool id. */
    tools: z.record(ToolKeySchema, count).default({}),
  })
  .strict();
export type DayRollup = z.infer<typeof DayRollupSchema>;

/**
 * A day with nothing counted, exactly as DayRollupSchema outputs it (same key order, which the CSV
 * export's JSON columns keep), built without a parse: the chunk decoder and the habit model make
 * thousands of them.
 */
export function blankRollup(day: string): DayRollup {
  return {
    day,
    aiActions: 0,
    aiSessions: 0,
    prompts: 0,
    manualLogs: 0,
    tipsShown: 0,
    tipsUsed: 0,
    informedTasks: 0,
    minutesSaved: 0,
    apps: {},
    tips: {},
    tools: {},
  };
}

/** An app with nothing counted, as AppDaySchema outputs it. */
export function blankAppDay(): AppDay {
  return {
    recordVisits: 0,
    tipsShown: 0,
    tipsUsed: 0,
    dismissed: 0,
    aiActions: 0,
    informedTasks: 0,
    minutesSaved: 0,
    helpful: 0,
    notHelpful: 0,
    categories: {},
  };
}

/** A category with nothing counted, as CategoryDaySchema outputs it. */
export function blankCategoryDay(): CategoryDay {
  return {
    recordVisits: 0,
    tipsShown: 0,
    tipsUsed: 0,
    tipsDismissed: 0,
    aiActions: 0,
    informedTasks: 0,
    minutesSaved: 0,
    helpful: 0,
    notHelpful: 0,
  };
}

export function emptyRollup(day: string): DayRollup {
  return DayRollupSchema.parse({ day });
}
