/**
 * `chrome.i18n.getMessage` over a messages.json object, with Chrome's substitution rules (named
 * `$name$` placeholders, case-insensitive, then $1…$9 and `$$` for a literal dollar; a missing key
 * gives ''). Pure: used where the browser's own API is absent or answers nothing — the admin
 * dashboard (a normal web page that renders the real TipCard as a preview), the extension's pages and
 * card when the browser hands them an empty bundle (lib/i18n/fallback.ts), and tests.
 */
import type { ChromeMessages } from './schema';

export type { ChromeMessages } from './schema';
export type GetMessage = (key: string, substitutions?: string | string[]) => string;

type Placeholders = NonNullable<ChromeMessages[string]['placeholders']>;

export function makeGetMessage(messages: ChromeMessages): GetMessage {
  return (key, substitutions) => {
    const entry = Object.hasOwn(messages, key) ? messages[key] : undefined;
    if (!entry) return '';
    const list = substitutions == null ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const text = entry.placeholders ? expandPlaceholders(entry.message, entry.placeholders) : entry.message;
    return text.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (list[Number(d) - 1] ?? '')));
  };
}

/** `$name$` → the placeholder's content (Chrome does this when it loads the file); unknown names stay. */
function expandPlaceholders(message: string, placeholders: Placeholders): string {
  const byName = new Map(Object.entries(placeholders).map(([name, p]) => [name.toLowerCase(), p.content]));
  return message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => byName.get(name.toLowerCase()) ?? whole);
}
