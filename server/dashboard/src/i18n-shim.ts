/**
 * The dashboard is a normal web page, yet its card preview renders the extension's real TipCard,
 * which translates through `i18n.t` (#i18n → @wxt-dev/browser → `chrome.i18n`). This module gives the
 * page a `chrome.i18n` over the English messages, built at bundle time from locales/en.yml
 * (vite.config.ts). It must be imported before anything that imports #i18n: @wxt-dev/browser reads
 * `globalThis.chrome` once, when it loads.
 */
import { makeGetMessage, type ChromeMessages } from '../../../lib/i18n/get-message';

declare const __LASTMILE_MESSAGES_EN__: ChromeMessages;

const g = globalThis as unknown as { chrome?: Record<string, unknown> };
g.chrome = {
  ...(g.chrome ?? {}),
  i18n: { getMessage: makeGetMessage(__LASTMILE_MESSAGES_EN__), getUILanguage: () => 'en' },
};
