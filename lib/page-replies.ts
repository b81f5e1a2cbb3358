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

/**
 * Why the background refused or failed a request, as a code the pages word in the employee's
 * language; the reply's `error` is the technical detail (English, for logs and admins).
 */
export const REPLY_ERROR_CODES = [
  'invalid_settings', // a settings change was refused by validation (the error says which field)
  'storage_full', // the browser's storage quota is used up
  'refused', // the message or its sender was not accepted (another extension, the wrong page)
  'failed', // anything else
] as const;
export type ReplyErrorCode = (typeof REPLY_ERROR_CODES)[number];

/**
 * Why a `refused` request was refused, when the page that sent it has its own words for that. A
 * refinement, not a code: a page that doesn't know the reason still words the code.
 */
export const REFUSAL_REASONS = [
  'blocked', // ai:open: a "blocked" policy note covers the page (the card words it)
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** Every reply is either data or an error: a code (and maybe a reason) and the technical detail. */
export type Reply<T> =
  | { ok: true; data: T }
  | { ok: false; code: ReplyErrorCode; reason?: RefusalReason; error: string };

/** Reply schema around any data schema (zod/mini or classic zod: both share zod's core). */
export function replySchema<T extends $ZodType>(data: T) {
  return z.union([
    z.strictObject({ ok: z.literal(true), data }),
    z.strictObject({
      ok: z.literal(false),
      code: z.enum(REPLY_ERROR_CODES),
      reason: z.optional(z.enum(REFUSAL_REASONS)),
      error: z.string(),
    }),
  ]);
}

/**
 * A failed request: its code and the technical detail (the message). Thrown by the background's own
 * checks with the right code, and by the pages' `send` for an error reply.
 */
export class ReplyError extends Error {
  constructor(
    readonly code: ReplyErrorCode,
    detail: string,
    readonly reason?: RefusalReason,
  ) {
    super(detail);
    this.name = 'ReplyError';
  }
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
