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
