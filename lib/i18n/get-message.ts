/**
 * `chrome.i18n.getMessage` over a messages.json object, with Chrome's substitution rules ($1…$9,
 * `$$` for a literal dollar; a missing key gives ''). Pure: used where the browser's own API is
 * absent — the admin dashboard (a normal web page that renders the real TipCard as a preview) and
 * tests outside a browser.
 */
export type ChromeMessages = Readonly<Record<string, { readonly message: string }>>;
export type GetMessage = (key: string, substitutions?: string | string[]) => string;

export function makeGetMessage(messages: ChromeMessages): GetMessage {
  return (key, substitutions) => {
    const entry = Object.hasOwn(messages, key) ? messages[key] : undefined;
    if (!entry) return '';
    const list = substitutions == null ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (list[Number(d) - 1] ?? '')));
  };
}
