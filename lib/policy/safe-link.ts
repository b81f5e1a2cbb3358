/** Longest link a note may carry. */
export const MAX_SAFE_LINK_CHARS = 2000;

/**
 * A URL that may go into an href: https only, no user name or password; undefined otherwise.
 * Dependency-free on purpose: the always-injected scripts use it too.
 */
export function safeLink(url: string | undefined): string | undefined {
  if (url === undefined || url.length > MAX_SAFE_LINK_CHARS) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return undefined;
  return parsed.href;
}
