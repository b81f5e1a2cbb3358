import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import type { Reply, Request } from '@/lib/messages';
import { ReplyError } from '@/lib/page-replies';

/** A reply schema, or a getter that builds it (the injected scripts build theirs on first reply). */
export type ReplySchemaSource<T> = $ZodType<Reply<T>> | (() => $ZodType<Reply<T>>);

/**
 * Sends a request to the background and parses the reply with its schema. Rejects with a
 * ReplyError: the background's code, reason and technical detail, or `failed` when the reply is malformed.
 */
export async function send<T>(request: Request, reply: ReplySchemaSource<T>): Promise<T> {
  const raw: unknown = await browser.runtime.sendMessage(request);
  const schema = typeof reply === 'function' ? reply() : reply;
  const parsed = z.safeParse(schema, raw);
  // i18n-ignore: technical detail; pages word the code (`failed`)
  if (!parsed.success) throw new ReplyError('failed', `Malformed reply to ${request.type}`);
  if (!parsed.data.ok) throw new ReplyError(parsed.data.code, parsed.data.error, parsed.data.reason);
  return parsed.data.data;
}
