/**
 * Why a report was not delivered, as a code plus figures: language-free, so the "What we share"
 * screen words it in the employee's language. `detail` is technical (the browser's own words for
 * a network failure, the settings checker's for a bad configuration) and shown only as such.
 */
import { z } from 'zod';

/** Stored and shown detail is short: it is a hint for whoever fixes it, nothing more. */
export const MAX_ERROR_LENGTH = 300;

export const SYNC_ERROR_CODES = [
  'network', // the server could not be reached (detail: the browser's words); retried
  'timeout', // no answer within `seconds`; retried
  'auth_refused', // HTTP 401/403: the enrollment token was refused; reports are kept and retried
  'rate_limited', // HTTP 429: the server asked to wait; retried
  'server_unavailable', // HTTP 5xx or 408: the server could not take it now; retried
  'server_rejected', // another HTTP 4xx: refused for good, not retried (`day`)
  'too_large', // the report is larger than reports may be; not sent (`day`)
  'misconfigured', // the sync settings are unusable (detail: what is wrong)
  'cohort_invalid', // the policy's cohort label can't be a report's (longer than `max`, or other characters)
  'unknown', // an error stored by an older version as text (detail: that text)
] as const;
export type SyncErrorCode = (typeof SYNC_ERROR_CODES)[number];

export function shortError(message: string): string {
  return message.length <= MAX_ERROR_LENGTH ? message : `${message.slice(0, MAX_ERROR_LENGTH - 1)}…`;
}

const HTTP_STATUS_MIN = 100;
const HTTP_STATUS_MAX = 599;

export const SyncErrorObjectSchema = z
  .object({
    code: z.enum(SYNC_ERROR_CODES),
    /** The HTTP status the server answered with. */
    status: z.number().int().min(HTTP_STATUS_MIN).max(HTTP_STATUS_MAX).optional(),
    /** timeout: how long the request was given. */
    seconds: z.number().int().min(0).optional(),
    /** server_rejected, too_large: the report's day. */
    day: z.iso.date().optional(),
    /** cohort_invalid: the longest label reports allow. */
    max: z.number().int().min(0).optional(),
    detail: z.string().max(MAX_ERROR_LENGTH).optional(),
  })
  .strict();
export type SyncError = z.infer<typeof SyncErrorObjectSchema>;

/**
 * Versions before the codes stored the error as an English sentence: read it as the closest code
 * (the status from "HTTP 503"), keeping the text as the detail. Anything else is `unknown`.
 */
export function legacySyncError(text: string): SyncError {
  const detail = shortError(text);
  const status = /\(HTTP (\d{3})\)/.exec(text)?.[1];
  const withStatus = status !== undefined ? { status: Number(status) } : {};
  const day = /\bfor (\d{4}-\d{2}-\d{2})\b/.exec(text)?.[1];
  const withDay = day !== undefined && z.iso.date().safeParse(day).success ? { day } : {};
  const seconds = /within (\d{1,6}) s\b/.exec(text)?.[1];
  if (text.startsWith('Could not reach the server')) return { code: 'network', detail };
  if (text.includes('did not answer within')) {
    return { code: 'timeout', ...(seconds !== undefined ? { seconds: Number(seconds) } : {}), detail };
  }
  if (text.includes('refused the enrollment token')) return { code: 'auth_refused', ...withStatus, detail };
  if (text.includes('refused the report')) return { code: 'server_rejected', ...withStatus, ...withDay, detail };
  if (text.includes('could not take the report')) {
    return { code: status === '429' ? 'rate_limited' : 'server_unavailable', ...withStatus, detail };
  }
  if (text.includes('too large to send')) return { code: 'too_large', ...withDay, detail };
  if (text.startsWith('The sync settings are invalid')) return { code: 'misconfigured', detail };
  if (text.startsWith('The cohort label is longer')) return { code: 'cohort_invalid', detail };
  return { code: 'unknown', detail };
}

/** A stored error: the object, or an older version's text (read as the closest code). */
export const SyncErrorSchema = z.union([
  SyncErrorObjectSchema,
  z.string().transform((text) => legacySyncError(text)),
]);
