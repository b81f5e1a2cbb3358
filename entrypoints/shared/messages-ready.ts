/**
 * Makes sure a page or the card has the extension's translated messages before its first render
 * (lib/i18n/fallback.ts: Chromium can hand a renderer an empty message bundle right after install or
 * a rebuild, seen repeatedly in the e2e suite started seconds after a build). Extension pages read
 * the packaged messages.json themselves; the card asks the background (coach.content/messages.ts).
 */
import { browser } from 'wxt/browser';
import { ensureMessages, loadPackagedMessages, type MessagesSource } from '@/lib/i18n/fallback';
import type { ChromeMessages, GetMessage } from '@/lib/i18n/get-message';

/** Any key of ours will do; the generated typing only lists the predefined @@ messages. */
const getMessage: GetMessage = (key, substitutions) =>
  (browser.i18n.getMessage as GetMessage)(key, substitutions);

/** Waits for the browser's messages, else installs the ones `fallback` provides. */
export function messagesReadyWith(fallback: () => Promise<ChromeMessages>): Promise<MessagesSource> {
  return ensureMessages({
    getMessage,
    fallback,
    // @wxt-dev/i18n calls browser.i18n.getMessage on every t(): answering here covers every component.
    install: (lookup) => Object.defineProperty(browser.i18n, 'getMessage', { value: lookup, configurable: true, writable: true }),
    warn: (m) => console.warn(`[lastmile] ${m}`),
  });
}

/** Extension pages: the fallback is the package's own messages.json. */
export async function messagesReady(): Promise<void> {
  await messagesReadyWith(() =>
    loadPackagedMessages({
      uiLanguage: browser.i18n.getUILanguage(),
      getURL: (path) => browser.runtime.getURL(path as '/'),
      fetch: (url) => fetch(url),
    }),
  );
}
