/**
 * The typed message protocol between content scripts, extension pages and the background.
 * Every message is parsed on arrival (zod); the background also checks who sent it.
 * zod/mini: the detector content script imports this file and must stay tiny.
 */
import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { PageContextSchema } from './sites/types';

const id = z.string().check(z.minLength(1), z.maxLength(64));
/** Longer URLs are refused rather than parsed (Chrome itself caps URLs at 2 MB). */
export const MAX_URL_LENGTH = 16_384;

/** Content script -> background. */
export const RequestSchema = z.discriminatedUnion('type', [
  /**
   * The page's URL (at load or after an SPA navigation): where is the employee, and is there a
   * tip to offer? Detection runs in the background so the injected script stays tiny.
   */
  z.strictObject({ type: z.literal('page:visit'), href: z.string().check(z.maxLength(MAX_URL_LENGTH)) }),
  /** The employee opened the pill: inject the card (React) into this frame. */
  z.strictObject({ type: z.literal('coach:open') }),
  /** The card asks for the ranked tips and tools for a context. */
  z.strictObject({ type: z.literal('coach:tips'), context: PageContextSchema }),
  /** Something the employee did with a tip. Validated in full by the background. */
  z.strictObject({ type: z.literal('usage:event'), event: z.unknown() }),
  /** Open an approved AI tool with a prompt; the background builds the URL from the tool list. */
  z.strictObject({
    type: z.literal('ai:open'),
    toolId: id,
    prompt: z.string().check(z.maxLength(20000)),
    event: z.unknown(),
  }),
  /** Remember the employee's AI tool of choice. */
  z.strictObject({ type: z.literal('prefs:tool'), toolId: id }),
  /** AI-tool watcher: a session started / a prompt was sent. The tool comes from the sender's host. */
  z.strictObject({ type: z.literal('ai:activity'), kind: z.enum(['session', 'prompt']) }),
  /** Extension pages: "I used AI" logged by hand. */
  z.strictObject({ type: z.literal('habit:log') }),
  /** Extension pages: change habit settings (goal, workdays, pause, notification). */
  z.strictObject({ type: z.literal('settings:habits'), patch: z.unknown() }),
  /** Extension pages: delete everything stored about the employee. The literal is the confirmation. */
  z.strictObject({ type: z.literal('data:delete-all'), confirm: z.literal('delete everything') }),
  /** Extension pages: the policy in force, where each part came from, and what was rejected. */
  z.strictObject({ type: z.literal('policy:status') }),
  /** Extension pages: the employee's own policy settings (validated like every policy source). */
  z.strictObject({ type: z.literal('policy:user'), patch: z.unknown() }),
  /** Extension pages: sync state; the exact next report; consent; "Sync now". */
  z.strictObject({ type: z.literal('sync:status') }),
  z.strictObject({ type: z.literal('sync:preview') }),
  z.strictObject({ type: z.literal('sync:consent'), consent: z.boolean() }),
  z.strictObject({ type: z.literal('sync:now') }),
]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];

/** Background -> content script. */
export const PushSchema = z.discriminatedUnion('type', [
  /** The tab's URL changed (SPA navigation seen by the browser): look again. */
  z.strictObject({ type: z.literal('nav') }),
  /** Fatigue state changed (e.g. "Don't show again" in another tab): ask again. */
  z.strictObject({ type: z.literal('refresh') }),
]);
export type Push = z.infer<typeof PushSchema>;

/** What the pill shows. */
export const PillOfferSchema = z.strictObject({
  tipId: id,
  title: z.string().check(z.maxLength(120)),
  /** How many tips fit this page in all (the card lets you flip through them). */
  count: z.number(),
});
export type PillOffer = z.infer<typeof PillOfferSchema>;

/** Every reply is either data or a clear error naming what was wrong. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

/** Reply schema around any data schema (zod/mini or classic zod: both share zod's core). */
export function replySchema<T extends $ZodType>(data: T) {
  return z.union([
    z.strictObject({ ok: z.literal(true), data }),
    z.strictObject({ ok: z.literal(false), error: z.string() }),
  ]);
}

/** A permission note as the page shows it (text only; the link is https). */
export const NoteViewSchema = z.object({
  id: z.string(),
  level: z.enum(['allowed', 'caution', 'blocked']),
  text: z.string().check(z.maxLength(500)),
  link: z.optional(z.string().check(z.maxLength(2000))),
});
export type NoteView = z.infer<typeof NoteViewSchema>;

/**
 * Answer to page:visit: the detected context (null: not a working page), the pill's offer and the
 * permission notes that cover the page (strictest first).
 */
export const VisitSchema = z.strictObject({
  context: z.nullable(PageContextSchema),
  offer: z.nullable(PillOfferSchema),
  notes: z.array(NoteViewSchema),
});
export type Visit = z.infer<typeof VisitSchema>;
export const VisitReplySchema = replySchema(VisitSchema);
/** Reply of requests that return nothing. */
export const NullReplySchema = replySchema(z.null());

/** Answer to ai:activity: on a known AI tool the company didn't approve, where to go instead. */
export const AiActivitySchema = z.strictObject({
  shadow: z.nullable(z.strictObject({ toolName: z.string(), approvedName: z.string(), approvedUrl: z.string() })),
});
export const AiActivityReplySchema = replySchema(AiActivitySchema);

/** Human-readable summary of a zod error: "context.app: Invalid option; type: ...". */
export function describeIssues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues
    .map((i) => `${i.path.length ? i.path.map(String).join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}
