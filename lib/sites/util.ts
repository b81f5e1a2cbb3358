/** Small pure helpers shared by the detectors. */

/** True when `host` is `domain` or a subdomain of it. */
export function isHostOf(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** decodeURIComponent that never throws (a malformed escape returns the input unchanged). */
export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Non-empty, URL-decoded path segments: "/a/b%20c/" -> ["a", "b c"]. */
export function segments(pathname: string): string[] {
  return pathname.split('/').filter(Boolean).map(safeDecode);
}

/**
 * Wildcard match where `*` stands for any run of characters. Iterative with one backtrack point,
 * so a hostile multi-megabyte path costs linear-ish time instead of regex backtracking.
 */
function globMatch(glob: string, text: string): boolean {
  let g = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    if (g < glob.length && glob[g] !== '*' && glob[g] === text[t]) {
      g++;
      t++;
    } else if (g < glob.length && glob[g] === '*') {
      star = g++;
      mark = t;
    } else if (star !== -1) {
      g = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (g < glob.length && glob[g] === '*') g++;
  return g === glob.length;
}

const PATTERN_RE = /^(\*|https?|wss?|ftp|file):\/\/(\*|\*\.[^/*]+|[^/*]*)(\/.*)$/;

/**
 * Pure WebExtension match-pattern check (`https://*.example.com/*`): scheme, host (exact, `*`, or
 * `*.domain` = domain and its subdomains) and path glob against path + query. Lets tests prove
 * every example URL is covered by the detector's own host permissions. Invalid input -> false.
 */
export function matchesPattern(pattern: string, url: string | URL): boolean {
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return false;
  }
  const scheme = u.protocol.slice(0, -1);
  if (pattern === '<all_urls>') return ['http', 'https', 'ws', 'wss', 'ftp', 'file'].includes(scheme);
  const m = PATTERN_RE.exec(pattern);
  if (!m) return false;
  const [, pScheme = '', pHost = '', pPath = ''] = m;
  if (pHost === '' && pScheme !== 'file') return false;
  if (pScheme === '*' ? !['http', 'https', 'ws', 'wss'].includes(scheme) : pScheme !== scheme) return false;
  const host = u.hostname.toLowerCase();
  if (pHost !== '*') {
    const want = pHost.toLowerCase();
    if (want.startsWith('*.') ? !isHostOf(host, want.slice(2)) : host !== want) return false;
  }
  return globMatch(pPath, u.pathname + u.search);
}
