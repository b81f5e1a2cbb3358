/**
 * What the injected scripts (detector, AI-tool watcher) parse: the background's pushes and its
 * replies to them. zod/mini, and every schema is built on first use (memoised), never at module
 * init: building zod schemas is most of a content script's start-up cost, and the detector runs
 * on every SaaS page load. Only this file and lib/sites/types.ts reach the detector bundle; the
 * request union and the extension pages' schemas stay in lib/messages.ts.
 */
import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { pageContextSchema } from './sites/types';

/** Builds on the first call and returns the same schema afterwards. */
function memo<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

/** Every reply is either data or a clear error naming what was wrong. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

/** Reply schema around any data schema (zod/mini or classic zod: both share zod's core). */
export function replySchema<T extends $ZodType>(data: T) {
  return z.union([
    z.strictObject({ ok: z.literal(true), data }),
    z.strictObject({ ok: z.literal(false), error: z.string() }),
  ]);
}

/** Background -> content script. */
export const pushSchema = memo(() =>
  z.discriminatedUnion('type', [
    /** The tab's URL changed (SPA navigation seen by the browser): look again. */
    z.strictObject({ type: z.literal('nav') }),
    /** Fatigue state changed (e.g. "Don't show again" in another tab): ask again. */
    z.strictObject({ type: z.literal('refresh') }),
  ]),
);
export type Push = z.infer<ReturnType<typeof pushSchema>>;

/** What the pill shows. */
export const pillOfferSchema = memo(() =>
  z.strictObject({
    tipId: z.string().check(z.minLength(1), z.maxLength(64)),
    title: z.string().check(z.maxLength(120)),
    /** How many tips fit this page in all (the card lets you flip through them). */
    count: z.number(),
  }),
);
export type PillOffer = z.infer<ReturnType<typeof pillOfferSchema>>;

/** A permission note as the page shows it (text only; the link is https). */
export const noteViewSchema = memo(() =>
  z.object({
    id: z.string(),
    level: z.enum(['allowed', 'caution', 'blocked']),
    text: z.string().check(z.maxLength(500)),
    link: z.optional(z.string().check(z.maxLength(2000))),
  }),
);
export type NoteView = z.infer<ReturnType<typeof noteViewSchema>>;

/**
 * Answer to page:visit: the detected context (null: not a working page), the pill's offer and the
 * permission notes that cover the page (strictest first).
 */
export const visitSchema = memo(() =>
  z.strictObject({
    context: z.nullable(pageContextSchema()),
    offer: z.nullable(pillOfferSchema()),
    notes: z.array(noteViewSchema()),
  }),
);
export type Visit = z.infer<ReturnType<typeof visitSchema>>;
export const visitReplySchema = memo(() => replySchema(visitSchema()));
/** Reply of requests that return nothing. */
export const nullReplySchema = memo(() => replySchema(z.null()));

/** Answer to ai:activity: on a known AI tool the company didn't approve, where to go instead. */
export const aiActivitySchema = memo(() =>
  z.strictObject({
    shadow: z.nullable(z.strictObject({ toolName: z.string(), approvedName: z.string(), approvedUrl: z.string() })),
  }),
);
export const aiActivityReplySchema = memo(() => replySchema(aiActivitySchema()));
