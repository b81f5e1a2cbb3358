/**
 * The browser's i18n API for tests outside a browser: messages come from the real locales/<lang>.yml,
 * turned into messages.json exactly as the build does (@wxt-dev/i18n/build), and looked up with
 * Chrome's substitution rules ($1…$9, `$$` for a literal dollar). Components call `i18n.t` as in the
 * extension, so a component test fails when a key is missing from the English file.
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { makeGetMessage as makeMessageLookup, type GetMessage } from '../../lib/i18n/get-message';

export const LOCALES = ['en', 'de', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

// Not `new URL('../../locales/', import.meta.url)`: in jsdom tests Vite rewrites that pattern into an
// http://localhost asset URL, which fileURLToPath refuses.
const LOCALES_DIR = `${dirname(fileURLToPath(import.meta.url))}/../../locales/`;

export function localeFile(lang: Locale): string {
  return `${LOCALES_DIR}${lang}.yml`;
}

/** Chrome's messages.json for one language, as the build writes it. */
export function chromeMessages(lang: Locale): Record<string, { message: string }> {
  return generateChromeMessages(parseMessagesText(readFileSync(localeFile(lang), 'utf8'), 'YAML')) as Record<
    string,
    { message: string }
  >;
}

/** `chrome.i18n.getMessage` over one language's messages. */
export function makeGetMessage(lang: Locale): GetMessage {
  return makeMessageLookup(chromeMessages(lang));
}

/**
 * Installs `chrome.i18n` (what @wxt-dev/browser hands to `i18n.t`) before any component module loads.
 * Keeps whatever else a test put on `chrome`. Called again (e.g. `installI18n('de')` in a test), it
 * switches the language in place: @wxt-dev/browser keeps the `chrome` object it saw first, so the
 * existing `chrome.i18n` object is updated rather than replaced.
 */
export function installI18n(lang: Locale = 'en'): void {
  const g = globalThis as unknown as { chrome?: Record<string, unknown> };
  const api = { getMessage: makeGetMessage(lang), getUILanguage: () => lang };
  const current = g.chrome?.i18n;
  if (current !== null && typeof current === 'object') {
    Object.assign(current, api);
    return;
  }
  g.chrome = { ...(g.chrome ?? {}), i18n: api };
}
