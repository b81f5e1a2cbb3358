/**
 * The shape of a messages.json (Chrome's `_locales/<lang>/messages.json`): the single definition of
 * `ChromeMessages`, used where packaged messages are read (extension pages) or handed over (the
 * background's reply to the card). Capped, so a broken package can't make a page parse or hold
 * megabytes: ours is ~560 messages and ~50 KB per language.
 */
import { z } from 'zod';

/** Chrome's message and placeholder names: ASCII letters, digits, `_` and `@`. */
const NAME = /^[A-Za-z0-9_@]+$/;
export const MAX_MESSAGE_NAME_CHARS = 128;
export const MAX_MESSAGE_CHARS = 4_096;
export const MAX_PLACEHOLDERS = 32;
export const MAX_MESSAGES = 4_000;
/** All names, messages and placeholder contents together. */
export const MAX_MESSAGES_TOTAL_CHARS = 1_000_000;
/** Issues named in an error; the rest are counted (a broken file can have thousands). */
const MAX_ISSUES_NAMED = 3;

const NameSchema = z.string().max(MAX_MESSAGE_NAME_CHARS).regex(NAME);

/** One message. Unknown fields (`description`, a placeholder's `example`) are dropped: never shown. */
export const ChromeMessageSchema = z.object({
  message: z.string().max(MAX_MESSAGE_CHARS),
  /** Named `$name$` placeholders; their content may use $1…$9. */
  placeholders: z
    .record(NameSchema, z.object({ content: z.string().max(MAX_MESSAGE_CHARS) }))
    .refine((p) => Object.keys(p).length <= MAX_PLACEHOLDERS, `at most ${MAX_PLACEHOLDERS} placeholders`)
    .optional(),
});

export const ChromeMessagesSchema = z.record(NameSchema, ChromeMessageSchema).superRefine((messages, ctx) => {
  const entries = Object.entries(messages);
  if (entries.length > MAX_MESSAGES) {
    ctx.addIssue({ code: 'custom', message: `${entries.length} messages, more than the ${MAX_MESSAGES} allowed` });
    return;
  }
  let total = 0;
  for (const [name, { message, placeholders }] of entries) {
    total += name.length + message.length;
    for (const [p, { content }] of Object.entries(placeholders ?? {})) total += p.length + content.length;
  }
  if (total > MAX_MESSAGES_TOTAL_CHARS) {
    ctx.addIssue({ code: 'custom', message: `${total} characters, more than the ${MAX_MESSAGES_TOTAL_CHARS} allowed` });
  }
});

export type ChromeMessages = Readonly<Record<string, Readonly<z.output<typeof ChromeMessageSchema>>>>;

/** The messages, or an Error saying what is wrong with them (the first few issues, by path). */
export function parseChromeMessages(raw: unknown): ChromeMessages {
  const parsed = ChromeMessagesSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues;
  const named = issues
    .slice(0, MAX_ISSUES_NAMED)
    .map((i) => `${i.path.length ? i.path.map(String).join('.') : '(root)'}: ${i.message}`)
    .join('; ');
  const more = issues.length > MAX_ISSUES_NAMED ? ` (and ${issues.length - MAX_ISSUES_NAMED} more)` : '';
  throw new Error(`Invalid messages.json: ${named}${more}`);
}
