import { i18n } from '#i18n';
import { ReplyError, type ReplyErrorCode } from '@/lib/page-replies';

/**
 * A problem in words for the employee (`text`, translated) and, apart from it, the technical detail
 * for whoever fixes it (`detail`: English as the background or the browser wrote it, never the main
 * message).
 */
export interface ErrorText {
  text: string;
  detail?: string;
}

const REPLY_TEXT: Readonly<Record<ReplyErrorCode, () => string>> = {
  invalid_settings: () => i18n.t('errors.reply.invalidSettings'),
  storage_full: () => i18n.t('errors.reply.storageFull'),
  refused: () => i18n.t('errors.reply.refused'),
  failed: () => i18n.t('errors.reply.failed'),
};

/**
 * Why a request to the background failed: its code in words. Anything that isn't a ReplyError (the
 * background didn't answer at all) is `failed`; its message is the technical detail.
 */
export function replyErrorText(error: unknown): ErrorText {
  const code: ReplyErrorCode = error instanceof ReplyError ? error.code : 'failed';
  const detail = error instanceof Error ? error.message : String(error);
  return detail.trim() === '' ? { text: REPLY_TEXT[code]() } : { text: REPLY_TEXT[code](), detail };
}

/** The secondary, labelled line under a problem: "Technical detail: …". Nothing without a detail. */
export function TechnicalDetail({ detail, className }: { detail: string | undefined; className?: string }) {
  if (detail === undefined || detail === '') return null;
  return (
    <p className={className ? `hb-hint hb-tech-detail ${className}` : 'hb-hint hb-tech-detail'} data-testid="technical-detail">
      {i18n.t('errors.technicalDetail', { detail })}
    </p>
  );
}
