import { z } from 'zod';
import { AppIdSchema } from '../sites/types';

/** What the employee did with a tip. Names only: never page content, URLs or record ids. */
export const USAGE_EVENT_TYPES = [
  'tip_shown', // the pill offered a tip on a page
  'card_opened', // the employee opened the card
  'prompt_copied',
  'ai_opened', // "Open in <AI tool>"
  'marked_used', // "I used AI for this"
  'dismissed', // "Not now": the tip rests for the cooldown
  'dont_show', // "Don't show again"
  'snoozed', // the app is snoozed for a day
] as const;
export const UsageEventTypeSchema = z.enum(USAGE_EVENT_TYPES);
export type UsageEventType = z.infer<typeof UsageEventTypeSchema>;

/** Events that count as using a tip (towards graduation and time saved). */
export const USE_EVENT_TYPES: readonly UsageEventType[] = ['prompt_copied', 'ai_opened', 'marked_used'];

/** What a content script reports. The background adds the time and zone. */
export const UsageEventInputSchema = z
  .object({
    type: UsageEventTypeSchema,
    app: AppIdSchema,
    /** Page kind (record, ticket, thread...), from PageContext.page. */
    page: z.string().min(1).max(40),
    tipId: z.string().min(1).max(64).optional(),
    /** AI tool id for ai_opened. */
    toolId: z.string().min(1).max(64).optional(),
    /** Random id of one card opening, so several uses in one sitting count once. Local only. */
    viewId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/).optional(),
  })
  .strict();
export type UsageEventInput = z.infer<typeof UsageEventInputSchema>;

export const UsageEventSchema = UsageEventInputSchema.extend({
  /** UTC instant, ISO 8601. */
  at: z.iso.datetime(),
  /** IANA time zone of the browser when it happened. */
  timeZone: z.string().min(1).max(64),
}).strict();
export type UsageEvent = z.infer<typeof UsageEventSchema>;

/** Where the background puts events. In memory for now; the habits issue backs it with Dexie. */
export interface UsageSink {
  /** Resolves once the event is committed; only then is it acknowledged to the sender. */
  record(event: UsageEvent): Promise<void>;
  list(): Promise<readonly UsageEvent[]>;
}

export class MemoryUsageSink implements UsageSink {
  private readonly events: UsageEvent[] = [];
  async record(event: UsageEvent): Promise<void> {
    this.events.push(UsageEventSchema.parse(event));
  }
  async list(): Promise<readonly UsageEvent[]> {
    return [...this.events];
  }
}
