/**
 * Resolves once the browser has the extension's translated messages for this page. In a page or
 * content script opened right after install, Chromium can answer `i18n.getMessage` with '' for a
 * moment; a UI rendered then keeps empty labels until something re-renders it (seen under load in
 * the e2e suite). Waiting here, before the first render, costs nothing when the messages are there.
 */
import { browser } from 'wxt/browser';

/** How often and how long to look again before rendering anyway (an empty label beats no UI). */
const MESSAGES_POLL_MS = 20;
const MESSAGES_WAIT_MAX_MS = 3_000;

/** Any key of ours will do; the generated typing only lists the predefined @@ messages. */
const getMessage = (key: string): string => (browser.i18n.getMessage as (key: string) => string)(key);

export async function messagesReady(): Promise<void> {
  const started = Date.now();
  while (getMessage('extShortName') === '' && Date.now() - started < MESSAGES_WAIT_MAX_MS) {
    await new Promise((resolve) => setTimeout(resolve, MESSAGES_POLL_MS));
  }
}
