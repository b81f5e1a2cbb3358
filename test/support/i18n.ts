/**
 * The browser's i18n API for tests outside a browser: messages come from the real locales/<lang>.yml,
 * turned into messages.json exactly as the build does (@wxt-dev/i18n/build), and looked up with
 * Chrome's substitution rules ($1…$9, `$$` for a literal dollar). Components call `i18n.t` as in the
 * extension, so a component test fails when a key is missing from the English file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

export const LOCALES = ['en', 'de', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

const LOCALES_DIR = fileURLToPath(new URL('../../locales/', import.meta.url));

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
export function makeGetMessage(lang: Locale): (key: string, subs?: string | string[]) => string {
  const messages = chromeMessages(lang);
  return (key, subs) => {
    const entry = messages[key];
    if (!entry) return '';
    const list = subs == null ? [] : Array.isArray(subs) ? subs : [subs];
    return entry.message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (list[Number(d) - 1] ?? '')));
  };
}

/**
 * Installs `chrome.i18n` (what @wxt-dev/browser hands to `i18n.t`) before any component module loads.
 * Keeps whatever else a test put on `chrome`.
 */
export function installI18n(lang: Locale = 'en'): void {
  const g = globalThis as unknown as { chrome?: Record<string, unknown> };
  g.chrome = {
    ...(g.chrome ?? {}),
    i18n: { getMessage: makeGetMessage(lang), getUILanguage: () => lang },
  };
}
