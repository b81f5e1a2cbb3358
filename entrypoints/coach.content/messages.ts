/**
 * The card's messages before its first render (lib/i18n/fallback.ts): if the browser handed this
 * renderer an empty bundle, the background sends the packaged messages (a content script can't read
 * extension files, and we don't make them web-accessible). If it can't, the card renders anyway.
 */
import { I18nMessagesReplySchema } from '@/lib/coach/protocol';
import type { MessagesSource } from '@/lib/i18n/fallback';
import { messagesReadyWith } from '../shared/messages-ready';
import { send } from '../shared/send';

export function cardMessagesReady(): Promise<MessagesSource> {
  return messagesReadyWith(() => send({ type: 'i18n:messages' }, I18nMessagesReplySchema));
}
