/**
 * When the browser hands a renderer an empty message bundle (Chromium does, right after an install
 * or a rebuild: every `i18n.getMessage` answers '' for the life of that renderer), the UI would show
 * blank labels. The extension's pages and the card wait briefly for the browser's bundle and, if it
 * stays empty, answer from the packaged messages.json instead: pages read it themselves, the card
 * gets it from the background (a content script can't read extension files). Pure: the browser
 * comes in as functions.
 */
import { makeGetMessage, type GetMessage } from './get-message';
import { parseChromeMessages, type ChromeMessages } from './schema';

/** Any key of ours will do: '' means the browser's bundle is empty. */
export const PROBE_KEY = 'extShortName';
/** How often and how long to look again before falling back to the packaged messages. */
export const MESSAGES_POLL_MS = 20;
export const MESSAGES_WAIT_MAX_MS = 1_000;
/** The fallback gets this long; then the UI renders anyway (better blank labels than no UI). */
export const MESSAGES_FALLBACK_MAX_MS = 3_000;

/** The packaged languages to try for a UI language: its base language, then English. */
export function packagedLanguages(uiLanguage: string): string[] {
  const base = (uiLanguage.split(/[-_]/)[0] ?? '').toLowerCase();
  // Only a plain language code goes into the path.
  return /^[a-z]{2,3}$/.test(base) && base !== 'en' ? [base, 'en'] : ['en'];
}

/** What is needed of a fetch Response. */
export interface FetchedFile {
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}

export interface PackagedMessagesDeps {
  /** browser.i18n.getUILanguage() */
  uiLanguage: string;
  /** browser.runtime.getURL */
  getURL(path: string): string;
  fetch(url: string): Promise<FetchedFile>;
}

/**
 * The packaged messages for the UI language, else English; validated (lib/i18n/schema.ts). Rejects
 * with what went wrong for each language tried.
 */
export async function loadPackagedMessages(deps: PackagedMessagesDeps): Promise<ChromeMessages> {
  const failures: string[] = [];
  for (const lang of packagedLanguages(deps.uiLanguage)) {
    try {
      const res = await deps.fetch(deps.getURL(`/_locales/${lang}/messages.json`));
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return parseChromeMessages(await res.json());
    } catch (e) {
      // Not packaged in this language, or broken: try the next one.
      failures.push(`${lang}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  throw new Error(`No packaged messages (${failures.join('; ')})`);
}

export interface EnsureMessagesDeps {
  /** The browser's own lookup, read afresh on every call (the bundle may still arrive). */
  getMessage: GetMessage;
  /** Where the packaged messages come from (the package itself, or the background). */
  fallback(): Promise<ChromeMessages>;
  /** Makes the lookup answer every `i18n.getMessage` of this renderer. */
  install(lookup: GetMessage): void;
  warn(message: string): void;
}

/** Where the messages come from after ensureMessages: the browser, the package, or nowhere. */
export type MessagesSource = 'browser' | 'packaged' | 'none';

/**
 * Resolves once the UI can render: the browser's bundle is there, or the packaged messages are
 * installed, or neither could be had (never later than the wait plus the fallback's time limit).
 */
export async function ensureMessages(deps: EnsureMessagesDeps): Promise<MessagesSource> {
  for (let waited = 0; deps.getMessage(PROBE_KEY) === '' && waited < MESSAGES_WAIT_MAX_MS; waited += MESSAGES_POLL_MS) {
    await sleep(MESSAGES_POLL_MS);
  }
  if (deps.getMessage(PROBE_KEY) !== '') return 'browser';
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const messages = await Promise.race([
      deps.fallback(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${MESSAGES_FALLBACK_MAX_MS} ms`)), MESSAGES_FALLBACK_MAX_MS);
      }),
    ]);
    deps.install(makeGetMessage(messages));
    return 'packaged';
  } catch (e) {
    deps.warn(`messages: the browser's bundle is empty and the packaged one is unavailable: ${e instanceof Error ? e.message : String(e)}`);
    return 'none';
  } finally {
    clearTimeout(timer);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
