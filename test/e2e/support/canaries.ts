/**
 * Canaries: strings the fixture pages show (record ids, record names, people, e-mail addresses,
 * titles, URL parts) or the employee types, grouped by the site they belong to. A site may see its
 * own; nothing else may carry any of them.
 */

export interface SiteCanaries {
  host: string;
  canaries: readonly string[];
}

export const PROMPT_CANARY = 'Quasar Pelican 7731 confidential plan';

export const SITE_CANARIES: readonly SiteCanaries[] = [
  {
    host: 'acme.lightning.force.com',
    canaries: [
      'acme.lightning.force.com',
      '/lightning/r/',
      '0065g00000AbCdEAAR',
      '5005g00000XyZabAAB',
      'Acme Renewal',
      'Printer jam at HQ',
      '00001042',
      'Dana Whitfield',
      'Sam Ortega',
      'Acme Corporation',
    ],
  },
  {
    host: 'acme.atlassian.net',
    canaries: ['acme.atlassian.net', '/browse/', 'ACME-42', 'Checkout fails on Safari', 'Priya Natarajan', 'Tom Becker', 'Lena Vogel'],
  },
  {
    host: 'mail.google.com',
    canaries: [
      'mail.google.com',
      '/mail/u/',
      'FMfcgzQXJWDsKmvGZplbFRrSMVfHqRzs',
      'jane@acme.com',
      'marco@globex.example',
      'Marco Rossi',
      'Re: Q3 pricing',
      'Acme Mail',
    ],
  },
  // Typed by the employee into ChatGPT; the fixture keeps it in the page.
  { host: 'chatgpt.com', canaries: [PROMPT_CANARY] },
];

export const ALL_CANARIES: readonly string[] = SITE_CANARIES.flatMap((s) => s.canaries);

/** Canaries that `host` must never see (every site's but its own). */
export function foreignCanaries(host: string): string[] {
  return SITE_CANARIES.filter((s) => s.host !== host).flatMap((s) => s.canaries);
}

/** The ways a string travels: as is, percent-encoded (%20 or +), JSON-escaped; case-insensitive. */
function forms(text: string): string[] {
  const out = [text];
  try {
    out.push(decodeURIComponent(text.replace(/\+/g, ' ')));
  } catch {
    // Not valid percent-encoding: the raw text is checked all the same.
  }
  out.push(text.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))).replace(/\\\//g, '/'));
  return out.map((t) => t.toLowerCase());
}

/** The canaries among `needles` that `text` carries, in any of its forms. */
export function carried(text: string, needles: readonly string[]): string[] {
  const seen = forms(text);
  return needles.filter((n) => seen.some((t) => t.includes(n.toLowerCase())));
}
