/**
 * AI-informed tasks: a tip interaction followed by AI use within AI_INFORMED_WINDOW_MINUTES.
 * Pure: the store keeps the open "sittings" in one small meta row and updates it in the same
 * transaction as the event, so a task is counted exactly once even if the worker dies.
 */
import { z } from 'zod';
import { AppIdSchema, type AppId } from '../sites/types';
import { PageCategorySchema, pageCategory, type PageCategory } from '../sync/report';
import {
  AI_INFORMED_WINDOW_MINUTES,
  TIP_INTERACTION_TYPES,
  isTipEvent,
  type UsageEvent,
  type UsageEventType,
} from './events';

const MS_PER_MINUTE = 60_000;
export const INFORMED_WINDOW_MS = AI_INFORMED_WINDOW_MINUTES * MS_PER_MINUTE;

/** AI use that completes an AI-informed task (ai_opened and marked_used are both interaction and use). */
export const AI_USE_TYPES: readonly UsageEventType[] = ['ai_prompt', 'ai_session', 'ai_opened', 'marked_used'];

/** Open sittings kept at most: a burst of card openings can't grow the row without bound. */
export const MAX_OPEN_SITTINGS = 32;
const MAX_KEY_LENGTH = 200;

/** One tip interaction "sitting": a card opening (viewId), or a tip's interactions close together. */
export const SittingSchema = z
  .object({
    key: z.string().min(1).max(MAX_KEY_LENGTH),
    app: AppIdSchema,
    /**
     * Coarse category of the page of the latest interaction, so the AI-informed task lands there.
     * Optional: sittings stored before v3 have none (their task is filed under "other").
     */
    category: PageCategorySchema.optional(),
    /** Epoch ms of the sitting's latest interaction: the window runs from there. */
    lastAt: z.number().int().min(0),
    /** Already counted as an AI-informed task: later AI use in the sitting adds nothing. */
    counted: z.boolean(),
  })
  .strict();
export type Sitting = z.infer<typeof SittingSchema>;

export const PendingSittingsSchema = z
  .object({ sittings: z.array(SittingSchema).max(MAX_OPEN_SITTINGS) })
  .strict();
export type PendingSittings = z.infer<typeof PendingSittingsSchema>;

export function emptyPending(): PendingSittings {
  return { sittings: [] };
}

export interface LinkResult {
  pending: PendingSittings;
  /** Set when this event completes an AI-informed task: the app of the tip interaction. */
  informedApp?: AppId;
  /** With informedApp: the page category of that tip interaction, when known. */
  informedCategory?: PageCategory;
}

function isInteraction(type: UsageEventType): boolean {
  return TIP_INTERACTION_TYPES.includes(type);
}

function isAiUse(type: UsageEventType): boolean {
  return AI_USE_TYPES.includes(type);
}

/** viewId names one card opening; without it, the tip on its app (within the window) is the sitting. */
function sittingKey(app: AppId, tipId: string | undefined, viewId: string | undefined): string {
  return viewId ? `view:${viewId}` : `tip:${app}:${tipId ?? '-'}`;
}

/**
 * Folds one event into the open sittings. Rules:
 * - a tip interaction opens a sitting or refreshes its window;
 * - AI use completes the most recent uncounted sitting whose last interaction was at most
 *   INFORMED_WINDOW_MS before it; ai_opened / marked_used complete their own sitting only;
 * - each sitting counts once; sittings whose window has closed are forgotten.
 * Events must arrive in time order (the background records serially); an event far out of
 * order (clock change) simply links nothing.
 */
export function linkInformed(pending: PendingSittings, event: UsageEvent): LinkResult {
  const t = Date.parse(event.at);
  const sittings: Sitting[] = pending.sittings
    .filter((s) => Math.abs(t - s.lastAt) <= INFORMED_WINDOW_MS)
    .map((s) => ({ ...s }));

  let own: Sitting | undefined;
  if (isTipEvent(event) && isInteraction(event.type)) {
    const key = sittingKey(event.app, event.tipId, event.viewId);
    own = sittings.find((s) => s.key === key && s.app === event.app);
    const category = pageCategory(event.page);
    if (own) {
      own.lastAt = Math.max(own.lastAt, t);
      own.category = category;
    } else {
      own = { key, app: event.app, category, lastAt: t, counted: false };
      sittings.push(own);
    }
  }

  let informed: Sitting | undefined;
  if (isAiUse(event.type)) {
    const target = own ?? latestOpen(sittings, t);
    if (target && !target.counted) {
      target.counted = true;
      informed = target;
    }
  }

  // Newest last; drop the oldest beyond the cap.
  sittings.sort((a, b) => a.lastAt - b.lastAt);
  const kept = sittings.slice(Math.max(0, sittings.length - MAX_OPEN_SITTINGS));
  if (!informed) return { pending: { sittings: kept } };
  return informed.category
    ? { pending: { sittings: kept }, informedApp: informed.app, informedCategory: informed.category }
    : { pending: { sittings: kept }, informedApp: informed.app };
}

function latestOpen(sittings: readonly Sitting[], t: number): Sitting | undefined {
  let best: Sitting | undefined;
  for (const s of sittings) {
    const age = t - s.lastAt;
    if (s.counted || age < 0 || age > INFORMED_WINDOW_MS) continue;
    if (!best || s.lastAt >= best.lastAt) best = s;
  }
  return best;
}
