/**
 * Makes sure the page has the extension's translated messages before its first render. Right after
 * install or a rebuild, Chromium can hand an extension page an empty message bundle: every
 * `i18n.getMessage` then answers '' for the life of that renderer, and the UI shows empty labels
 * (seen repeatedly in the e2e suite started seconds after a build). The page waits briefly for the
 * browser's bundle; if it stays empty, it reads the same messages.json from the package itself
 * (the browser's language, else English) and answers from it (lib/i18n/get-message.ts follows
 * Chrome's rules), so the employee never meets a blank screen.
 */
import { browser } from 'wxt/browser';
import { makeGetMessage, type ChromeMessages } from '@/lib/i18n/get-message';

/** How often and how long to look again before reading the package's own messages. */
const MESSAGES_POLL_MS = 20;
const MESSAGES_WAIT_MAX_MS = 1_000;

type GetMessage = (key: string, substitutions?: string | string[]) => string;

/** Any key of ours will do; the generated typing only lists the predefined @@ messages. */
const getMessage: GetMessage = (key, substitutions) =>
  (browser.i18n.getMessage as GetMessage)(key, substitutions);

async function packagedMessages(): Promise<ChromeMessages | null> {
  const base = browser.i18n.getUILanguage().split(/[-_]/)[0] ?? 'en';
  for (const lang of base === 'en' ? ['en'] : [base, 'en']) {
    try {
      const res = await fetch(browser.runtime.getURL(`/_locales/${lang}/messages.json` as '/'));
      if (res.ok) return (await res.json()) as ChromeMessages;
    } catch {
      // Not packaged in this language: try the next one.
    }
  }
  return null;
}

export async function messagesReady(): Promise<void> {
  const started = Date.now();
  while (getMessage('extShortName') === '' && Date.now() - started < MESSAGES_WAIT_MAX_MS) {
    await new Promise((resolve) => setTimeout(resolve, MESSAGES_POLL_MS));
  }
  if (getMessage('extShortName') !== '') return;
  const messages = await packagedMessages();
  if (!messages) return;
  const lookup = makeGetMessage(messages);
  // @wxt-dev/i18n calls browser.i18n.getMessage on every t(): answering here covers every component.
  Object.defineProperty(browser.i18n, 'getMessage', { value: lookup, configurable: true, writable: true });
}
