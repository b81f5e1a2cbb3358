/**
 * The typed message protocol between content scripts, extension pages and the background.
 * Every message is parsed on arrival (zod); the background also checks who sent it.
 * zod/mini. The injected scripts import lib/page-replies.ts instead: this file builds every
 * request schema at module init.
 */
import * as z from 'zod/mini';
import { PageContextSchema } from './sites/types';
import {
  aiActivityReplySchema,
  aiActivitySchema,
  noteViewSchema,
  nullReplySchema,
  pillOfferSchema,
  pushSchema,
  ReplyError,
  visitReplySchema,
  visitSchema,
  type RefusalReason,
  type ReplyErrorCode,
} from './page-replies';

const id = z.string().check(z.minLength(1), z.maxLength(64));
/** Longer URLs are refused rather than parsed (Chrome itself caps URLs at 2 MB). */
export const MAX_URL_LENGTH = 16_384;

/** Where the card was opened, as much as the policy's notes match on: the page context minus the record id. */
export const AiOpenWhereSchema = z.omit(PageContextSchema, { recordId: true });
export type AiOpenWhere = z.infer<typeof AiOpenWhereSchema>;

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
  /**
   * The card's renderer got an empty message bundle from the browser (lib/i18n/fallback.ts): the
   * packaged messages for the browser's language, else English. A content script can't read them.
   */
  z.strictObject({ type: z.literal('i18n:messages') }),
  /** Something the employee did with a tip. Validated in full by the background. */
  z.strictObject({ type: z.literal('usage:event'), event: z.unknown() }),
  /**
   * Open an approved AI tool with a prompt; the background builds the URL from the tool list. `where`
   * is the page the card was showing (app, page kind, object type; never the record id, URL or
   * title): the background re-checks the policy's "blocked" notes for it before opening anything.
   */
  z.strictObject({
    type: z.literal('ai:open'),
    toolId: id,
    where: AiOpenWhereSchema,
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
  /** Extension pages: the first-run tour was finished or skipped (it won't open by itself again). */
  z.strictObject({ type: z.literal('onboarding:done') }),
]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];

/*
 * The background's pushes and replies are defined (lazily, for the injected scripts) in
 * lib/page-replies.ts; the background and the extension pages use them as ready-made schemas.
 */
export type { NoteView, PillOffer, Push, RefusalReason, Reply, ReplyErrorCode, Visit } from './page-replies';
export { REFUSAL_REASONS, REPLY_ERROR_CODES, ReplyError, replySchema } from './page-replies';
export const PushSchema = pushSchema();
export const PillOfferSchema = pillOfferSchema();
export const NoteViewSchema = noteViewSchema();
export const VisitSchema = visitSchema();
export const VisitReplySchema = visitReplySchema();
/** Reply of requests that return nothing. */
export const NullReplySchema = nullReplySchema();
export const AiActivitySchema = aiActivitySchema();
export const AiActivityReplySchema = aiActivityReplySchema();

/**
 * The error reply for whatever a handler threw: its code (a ReplyError carries its own; the
 * services' plain errors are recognised by their documented prefixes) and the technical detail.
 */
export function errorReply(error: unknown): { ok: false; code: ReplyErrorCode; reason?: RefusalReason; error: string } {
  const detail = error instanceof Error ? error.message : String(error);
  const reason = error instanceof ReplyError ? error.reason : undefined;
  return { ok: false, code: replyErrorCode(error, detail), ...(reason ? { reason } : {}), error: detail };
}

function replyErrorCode(error: unknown, detail: string): ReplyErrorCode {
  if (error instanceof ReplyError) return error.code;
  if (error instanceof Error && error.name === 'QuotaExceededError') return 'storage_full';
  if (/quota/i.test(detail)) return 'storage_full';
  // HabitSettingsStore.update and the background's policy:user check.
  if (detail.startsWith('Invalid settings:')) return 'invalid_settings';
  // The router's refusals (lib/coach/router.ts).
  if (
    detail.startsWith('Invalid message:') ||
    detail.startsWith('Message from another extension refused') ||
    /: (only accepted from|not accepted from)/.test(detail) ||
    /^Sender is not on an? /.test(detail) ||
    detail.includes('is not the sending page') ||
    detail.includes('sender is not an AI tool page')
  ) {
    return 'refused';
  }
  return 'failed';
}

/** Human-readable summary of a zod error: "context.app: Invalid option; type: ...". */
export function describeIssues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues
    .map((i) => `${i.path.length ? i.path.map(String).join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}
