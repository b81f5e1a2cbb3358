import { z } from 'zod';
import { AppIdSchema, type AppId } from '../sites/types';

/** What the employee did with a tip, in a SaaS page. Names only: never content, URLs or record ids. */
export const TIP_EVENT_TYPES = [
  'tip_shown', // the pill offered a tip on a page
  'card_opened', // the employee opened the card
  'prompt_copied',
  'ai_opened', // "Open in <AI tool>"
  'marked_used', // "I used AI for this": confirms the tip's minutes saved
  'dismissed', // "Not now": the tip rests for the cooldown
  'dont_show', // "Don't show again"
  'snoozed', // the app is snoozed for a day
  'helpful', // one tap on "Was this helpful? Yes": feedback only, not a use and not qualifying
  'not_helpful', // "...No": feedback only
] as const;

/** AI use seen outside the tip card. Never the prompt's content. */
export const AI_EVENT_TYPES = [
  'ai_session', // an approved AI tool was opened (once per tab visit)
  'ai_prompt', // a prompt was sent in an AI tool's composer
  'manual_log', // "I used AI" from the popup
] as const;

export const USAGE_EVENT_TYPES = [...TIP_EVENT_TYPES, ...AI_EVENT_TYPES] as const;
export const UsageEventTypeSchema = z.enum(USAGE_EVENT_TYPES);
export type UsageEventType = z.infer<typeof UsageEventTypeSchema>;
export type TipEventType = (typeof TIP_EVENT_TYPES)[number];
export type AiEventType = (typeof AI_EVENT_TYPES)[number];

/** Events that count as using a tip (towards graduation). */
export const USE_EVENT_TYPES: readonly UsageEventType[] = ['prompt_copied', 'ai_opened', 'marked_used'];

/** A day counts for the habit when it has at least one of these. */
export const QUALIFYING_EVENT_TYPES: readonly UsageEventType[] = ['ai_prompt', 'ai_opened', 'marked_used', 'manual_log'];

/** Tip interactions that, followed by AI use within AI_INFORMED_WINDOW_MINUTES, make an AI-informed task. */
export const TIP_INTERACTION_TYPES: readonly UsageEventType[] = ['card_opened', 'prompt_copied', 'ai_opened', 'marked_used'];
export const AI_INFORMED_WINDOW_MINUTES = 30;

const toolId = z.string().regex(/^[a-z0-9][a-z0-9_-]{1,39}$/, 'lower-case tool id');
const viewId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'random id of one card opening');

/** A tip event as a content script reports it. The background adds time, zone, day and minutes. */
export const TipEventInputSchema = z
  .object({
    type: z.enum(TIP_EVENT_TYPES),
    app: AppIdSchema,
    /** Page kind (record, ticket, thread...), from PageContext.page. */
    page: z.string().min(1).max(40),
    tipId: z.string().min(1).max(64).optional(),
    /** AI tool id for ai_opened. */
    toolId: toolId.optional(),
    /** Random id of one card opening, so several uses in one sitting count once. Local only. */
    viewId: viewId.optional(),
  })
  .strict();
export type TipEventInput = z.infer<typeof TipEventInputSchema>;

/** AI use as the AI-tool watcher or the popup reports it. */
export const AiEventInputSchema = z
  .object({
    type: z.enum(AI_EVENT_TYPES),
    /** Which AI tool (chatgpt, copilot, gemini, claude, or an admin's tool id); absent for manual_log. */
    toolId: toolId.optional(),
  })
  .strict();
export type AiEventInput = z.infer<typeof AiEventInputSchema>;

export const UsageEventInputSchema = z.discriminatedUnion('type', [TipEventInputSchema, AiEventInputSchema]);
export type UsageEventInput = z.infer<typeof UsageEventInputSchema>;

/** Which events carry a SaaS app (tip events). */
export function isTipEvent<T extends { type: UsageEventType }>(e: T): e is T & TipEventInput {
  return (TIP_EVENT_TYPES as readonly string[]).includes(e.type);
}

const stamp = {
  /** UTC instant, ISO 8601. */
  at: z.iso.datetime(),
  /** IANA time zone of the browser when it happened (travel-safe: each event keeps its own). */
  timeZone: z.string().min(1).max(64),
  /** Local day it belongs to (YYYY-MM-DD; days start at 04:00 local), fixed when recorded. */
  day: z.iso.date(),
  /** marked_used: the tip's estimate of minutes saved, which the employee just confirmed. */
  minutesSaved: z.number().int().min(0).max(240).optional(),
};

export const UsageEventSchema = z.discriminatedUnion('type', [
  TipEventInputSchema.extend(stamp).strict(),
  AiEventInputSchema.extend(stamp).strict(),
]);
export type UsageEvent = z.infer<typeof UsageEventSchema>;

/** Where the background puts events. Dexie in the extension; memory in tests. */
export interface UsageSink {
  /** Resolves once the event (and its day's rollup) is committed; only then is it acknowledged. */
  record(event: UsageEvent): Promise<void>;
  /**
   * Counts a record-page visit in the day's rollup (a counter only: no raw event, no id).
   * `page` is the page kind (PageContext.page); only its coarse category is kept.
   */
  countVisit(day: string, app: AppId, page: string): Promise<void>;
}

/** An in-memory sink for tests and for the moments before the database is open. */
export class MemoryUsageSink implements UsageSink {
  private readonly events: UsageEvent[] = [];
  readonly visits: { day: string; app: AppId; page: string }[] = [];
  async record(event: UsageEvent): Promise<void> {
    this.events.push(UsageEventSchema.parse(event));
  }
  async countVisit(day: string, app: AppId, page: string): Promise<void> {
    this.visits.push({ day, app, page });
  }
  async list(): Promise<readonly UsageEvent[]> {
    return [...this.events];
  }
}
