/**
 * Generic contract for every site detector (the github-url-detection pattern): each detector's own
 * example URLs are replayed through its `detect` and through `detectContext`, cross-checked against
 * every other app, and fuzzed with hostile URLs that must never throw.
 */
import { describe, expect, it } from 'vitest';
import { DETECTORS, PageContextSchema, SITE_MATCHES, detectContext } from '@/lib/sites/index';
import type { DetectorExample, PageContext, SiteDetector } from '@/lib/sites/types';
import { matchesPattern } from '@/lib/sites/util';
import { EXAMPLES } from '@/lib/sites/examples';

// Pages that are about many items (or none): they must never carry a single record id.
const COLLECTION_PAGES = new Set(['list', 'home', 'inbox', 'queue', 'board']);

interface Positive extends DetectorExample {
  expect: PageContext;
}

const positives = (d: SiteDetector): Positive[] =>
  EXAMPLES[d.app].filter((e): e is Positive => e.expect !== null);

const ALL_POSITIVES = DETECTORS.flatMap((d) => positives(d).map((e) => ({ owner: d, ...e })));

/** A context must satisfy the schema and the collection-pages rule. */
function expectValidContext(ctx: PageContext): void {
  const parsed = PageContextSchema.safeParse(ctx);
  expect(parsed.success, JSON.stringify(ctx)).toBe(true);
  if (COLLECTION_PAGES.has(ctx.page)) expect(ctx.recordId, JSON.stringify(ctx)).toBeUndefined();
}

describe('DETECTORS', () => {
  it('has one detector per app, 19 in all', () => {
    expect(DETECTORS).toHaveLength(19);
    expect(new Set(DETECTORS.map((d) => d.app)).size).toBe(DETECTORS.length);
  });

  it('never asks for every site', () => {
    expect(SITE_MATCHES.length).toBeGreaterThan(0);
    for (const m of SITE_MATCHES) {
      expect(m).not.toBe('<all_urls>');
      expect(m).not.toBe('*://*/*');
      expect(m.startsWith('https://'), m).toBe(true);
    }
  });
});

for (const d of DETECTORS) {
  describe(`${d.app} detector`, () => {
    it('has at least 3 positive examples and a null example', () => {
      expect(positives(d).length).toBeGreaterThanOrEqual(3);
      expect(EXAMPLES[d.app].some((e) => e.expect === null)).toBe(true);
    });

    it('has narrow https match patterns', () => {
      expect(d.matches.length).toBeGreaterThan(0);
      for (const m of d.matches) {
        expect(m.startsWith('https://'), m).toBe(true);
        expect(m).not.toBe('<all_urls>');
        expect(m).not.toMatch(/^[^:]+:\/\/\*\//);
      }
    });

    it.each(EXAMPLES[d.app])('detects $url', ({ url, expect: want }) => {
      const direct = d.detect(new URL(url));
      expect(direct).toStrictEqual(want);
      expect(detectContext(url)).toStrictEqual(want);
      if (want) {
        expect(want.app).toBe(d.app);
        expectValidContext(want);
        expect(d.ownsHost(new URL(url).hostname)).toBe(true);
        // The example's page must be reachable with the detector's own host permissions.
        expect(d.matches.some((m) => matchesPattern(m, url)), `${url} not in ${d.matches.join(', ')}`).toBe(true);
      }
    });

    it("rejects every other app's pages", () => {
      for (const other of ALL_POSITIVES) {
        if (other.owner === d) continue;
        const u = new URL(other.url);
        const claimed = d.ownsHost(u.hostname) ? d.detect(u) : null;
        expect(claimed, `${d.app} claimed ${other.url}`).toBeNull();
      }
    });
  });
}

describe('matchesPattern', () => {
  it('matches scheme, host and path like the browser does', () => {
    expect(matchesPattern('https://*.zendesk.com/*', 'https://acme.zendesk.com/agent/tickets/1')).toBe(true);
    expect(matchesPattern('https://*.zendesk.com/*', 'https://zendesk.com/')).toBe(true);
    expect(matchesPattern('https://*.zendesk.com/*', 'https://evilzendesk.com/')).toBe(false);
    expect(matchesPattern('https://*.zendesk.com/*', 'http://acme.zendesk.com/')).toBe(false);
    expect(matchesPattern('https://github.com/*', 'https://api.github.com/repos')).toBe(false);
    expect(matchesPattern('*://github.com/*', 'http://github.com/x')).toBe(true);
    expect(matchesPattern('*://github.com/*', 'ftp://github.com/x')).toBe(false);
    expect(matchesPattern('https://docs.google.com/document/*', 'https://docs.google.com/document/d/x/edit?a=1')).toBe(true);
    expect(matchesPattern('https://docs.google.com/document/*', 'https://docs.google.com/spreadsheets/d/x')).toBe(false);
    expect(matchesPattern('https://*/*', 'https://example.com/')).toBe(true);
    expect(matchesPattern('https://a.com/*/edit', 'https://a.com/x/y/edit')).toBe(true);
    expect(matchesPattern('https://a.com/*/edit', 'https://a.com/x/y/view')).toBe(false);
    expect(matchesPattern('<all_urls>', 'https://example.com/')).toBe(true);
    expect(matchesPattern('<all_urls>', 'chrome://extensions/')).toBe(false);
  });

  it('rejects invalid patterns and URLs without throwing', () => {
    expect(matchesPattern('github.com', 'https://github.com/')).toBe(false);
    expect(matchesPattern('https://github.com', 'https://github.com/')).toBe(false);
    expect(matchesPattern('https:///*', 'https://github.com/')).toBe(false);
    expect(matchesPattern('https://*.github.com/*', 'not a url')).toBe(false);
  });

  // A backtracking matcher would hang here (caught by the test timeout); speed itself lives in bench/.
  it('answers on a hostile path', () => {
    const path = `/${'a'.repeat(200_000)}`;
    expect(matchesPattern('https://x.com/*a*a*a*b', `https://x.com${path}`)).toBe(false);
  });
});

describe('detectContext', () => {
  it.each([
    '',
    'garbage',
    'not a url at all',
    'about:blank',
    'chrome://extensions',
    'chrome-extension://abcdefghijklmnop/popup.html',
    'https://example.com/',
    'https://github.com.evil.example/acme/web/pull/42',
    'http://github.com/acme/web/pull/42',
    'http://acme.atlassian.net/browse/ACME-42',
    'javascript:alert(1)//https://github.com/acme/web/pull/42',
    'data:text/html,<a href="https://github.com/acme/web">x</a>',
    'file:///home/jane/mail.google.com/mail/u/0/',
  ])('returns null for %j', (url) => {
    expect(detectContext(url)).toBeNull();
  });

  it('returns null for every positive example served over http', () => {
    for (const { url } of ALL_POSITIVES) expect(detectContext(url.replace(/^https:/, 'http:'))).toBeNull();
  });

  it('never throws and only returns valid contexts on hostile URLs', () => {
    // mulberry32: a tiny seeded PRNG, so failures replay exactly.
    let seed = 0x5eed1234;
    const rand = (): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = seed;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
    const ATOMS = [
      '/', '%', '%E0%A4%A', '%ZZ', '%00', '%2F', '%3F', '#', '?', '&', '=', '..', '.', '@', ':', ';', '\\',
      'ü', '日本', '😀', '\u0000', '\u202e', ' ', '+', '-', '_', '~', 'javascript:', 'A', 'z', '0', '9',
      'ACME-42', 'T0123ABCD', 'C0456EFGH', 'conversation', 'pull', 'issues', 'd', 'edit', 'mail', 'u', 'id',
      'compose=', 'selectedIssue=', 'p=', 'v=', 'thread', 'browse', 'wiki', 'spaces', 'pages', 'l', '19:', '@thread.tacv2',
    ];
    const bases = [
      ...new Set(ALL_POSITIVES.map(({ url }) => url)),
      ...DETECTORS.flatMap((d) => EXAMPLES[d.app].map((e) => new URL(e.url).origin + '/')),
    ];
    const junk = (n: number): string => {
      let s = '';
      for (let i = 0; i < n; i++) s += rand() < 0.15 ? String.fromCharCode(Math.floor(rand() * 0xffff)) : pick(ATOMS);
      return s;
    };
    const hostile = (i: number): string => {
      const base = pick(bases);
      switch (i % 7) {
        case 0:
          return base + junk(1 + Math.floor(rand() * 40));
        case 1:
          return `${base}?${'q=%E0%A4%A&'.repeat(2_000 + Math.floor(rand() * 5_000))}`;
        case 2:
          return `${base}#${junk(30)}/${'x'.repeat(50_000)}?compose=${junk(5)}`;
        case 3:
          return `javascript:${junk(20)}`;
        case 4:
          return junk(10 + Math.floor(rand() * 60));
        case 5: {
          const u = new URL(base);
          return `https://${u.host}/${junk(10)}/${'a/'.repeat(500)}${junk(10)}`;
        }
        default:
          return `${base}/${'%'.repeat(1 + Math.floor(rand() * 9))}${'9'.repeat(1 + Math.floor(rand() * 400))}`;
      }
    };
    for (let i = 0; i < 420; i++) {
      const url = hostile(i);
      let ctx: PageContext | null;
      try {
        ctx = detectContext(url);
      } catch (err) {
        expect.fail(`detectContext threw on ${url.slice(0, 200)}: ${String(err)}`);
      }
      if (ctx) expectValidContext(ctx);
      let parsed: URL | null;
      try {
        parsed = new URL(url);
      } catch {
        parsed = null;
      }
      if (!parsed) continue;
      // Each detector on its own must not throw either: detectContext only hides it.
      for (const d of DETECTORS) {
        let direct: PageContext | null;
        try {
          direct = d.detect(parsed);
        } catch (err) {
          expect.fail(`${d.app}.detect threw on ${url.slice(0, 200)}: ${String(err)}`);
        }
        if (direct) expectValidContext(direct);
      }
    }
  });
});

describe('collection pages', () => {
  it('carry no recordId in any example', () => {
    const collections = ALL_POSITIVES.filter((e) => COLLECTION_PAGES.has(e.expect.page));
    expect(collections.length).toBeGreaterThan(0);
    for (const e of collections) expect(e.expect.recordId, e.url).toBeUndefined();
  });
});
