/**
 * Property tests (fast-check, fixed seed): what a hostile page controls — its URL and its title —
 * through detection, the record-name picker, prompt templating and redaction. Nothing throws, every
 * output is bounded, no "{{" survives and no control or bidi character reaches a prompt.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBundledPlaybook } from '../../lib/playbook/load';
import { localizeTip } from '../../lib/playbook/localize';
import { MAX_VALUE_LENGTH, fillTemplate, templateValuesFor } from '../../lib/playbook/template';
import { PLACEHOLDERS, PLAYBOOK_LANGS, placeholdersIn } from '../../lib/playbook/schema';
import { redact } from '../../lib/policy/redact';
import { DEFAULT_REDACT } from '../../lib/policy/schema';
import { DETECTORS, PageContextSchema, detectContext, recordTitleFromDocumentTitle, type AppId } from '../../lib/sites';
import { EXAMPLES } from '../../lib/sites/examples';
import { APP_IDS } from '../../lib/sites/types';

const SEED = 20260316;
const RUNS = 500;
/** recordTitleFromDocumentTitle's documented cap. */
const MAX_RECORD_TITLE = 120;
/** Longest fallback text beside a value ("this " + label). */
const FALLBACK_SLACK = 10;
/** Longest replacement placeholder the built-in rules write ("[email]", "[phone]"...). */
const MAX_BUILTIN_PLACEHOLDER = 7;
// Anything that could hide or reorder text: C0/C1 controls (bar the template's own line breaks) and bidi marks.
const FORBIDDEN_IN_PROMPT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

const XSS = [
  '<img src=x onerror="window.__xss=1">',
  '"><script>window.__xss=1</script>',
  '{{recordName}}{{ recordId }}{{constructor}}',
  '{{{{}}}}{{',
  '\u202eevil\u202c',
  'a\u0000b\u0007c\r\nd\u2028e',
  '__proto__',
];
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: fc.constantFrom('{', '}', '<', '>', '"', '\u202e', '\u0000', '\n', ' ', 'a', '|', '-', '—', '@'), maxLength: 200 }),
  fc.constantFrom(...XSS),
  fc.array(fc.constantFrom(...XSS), { maxLength: 6 }).map((parts) => parts.join(' - ')),
  fc.string({ maxLength: 20 }).map((s) => s.repeat(500)),
);

/** Real hosts of every detector (from their match patterns), with hostile paths, queries and hashes. */
const hosts = DETECTORS.flatMap((d) => d.matches.map((m) => m.replace(/^https:\/\/(\*\.)?/, (_, star: string | undefined) => (star ? 'acme.' : '')).replace(/\/.*$/, '')));
/** Real work-page URLs (the detectors' own examples) with one path segment swapped for hostile text. */
const exampleUrls = Object.values(EXAMPLES).flatMap((list) => list.filter((e) => e.expect !== null).map((e) => e.url));
const mutatedExample = fc.tuple(fc.constantFrom(...exampleUrls), fc.nat(), hostileText).map(([url, n, text]) => {
  const u = new URL(url);
  const segs = u.pathname.split('/');
  segs[1 + (n % Math.max(1, segs.length - 1))] = encodeURIComponent(text);
  u.pathname = segs.join('/');
  return u.toString();
});
const exampleWithHostileTail = fc
  .tuple(fc.constantFrom(...exampleUrls), hostileText, hostileText)
  .map(([url, q, f]) => `${url}${url.includes('?') ? '&' : '?'}x=${encodeURIComponent(q)}#${encodeURI(f)}`);
const hostileUrl = fc.oneof(
  mutatedExample,
  exampleWithHostileTail,
  fc.tuple(fc.constantFrom(...hosts), hostileText, hostileText, hostileText).map(([h, p, q, f]) => `https://${h}/${encodeURI(p)}?${encodeURIComponent(q)}#${f}`),
  fc.tuple(fc.constantFrom(...hosts), fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { maxLength: 8 })).map(([h, segs]) => `https://${h}/${segs.map(encodeURIComponent).join('/')}`),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  hostileText,
);

describe('fuzz: hostile pages', () => {
  it('detectContext never throws and only returns well-formed, bounded contexts', () => {
    let detected = 0;
    fc.assert(
      fc.property(hostileUrl, (url) => {
        const ctx = detectContext(url);
        if (ctx === null) return;
        detected++;
        expect(PageContextSchema.safeParse(ctx).success).toBe(true);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The mutated real URLs do reach the detectors' parsing code, not only the "no host" exit.
    expect(detected).toBeGreaterThan(RUNS / 20);
  });

  it('recordTitleFromDocumentTitle never throws and returns at most 120 characters, or nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom<AppId>(...APP_IDS), hostileText, (app, title) => {
        const name = recordTitleFromDocumentTitle(app, title);
        if (name !== undefined) {
          expect(Array.from(name).length).toBeLessThanOrEqual(MAX_RECORD_TITLE);
          expect(name.trim()).not.toBe('');
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('a prompt filled from a hostile URL and title is bounded, has no "{{" and no control characters', () => {
    const tips = loadBundledPlaybook();
    fc.assert(
      fc.property(hostileUrl, hostileText, fc.nat({ max: tips.length - 1 }), fc.constantFrom(...PLAYBOOK_LANGS), (url, title, i, lang) => {
        const found = tips[i];
        if (found === undefined) throw new Error('no tip');
        const tip = localizeTip(found, lang);
        const ctx = detectContext(url) ?? { app: tip.where.app as AppId, page: 'record', object: title.slice(0, 120) || 'x', recordId: title.slice(0, 300) || 'x' };
        const recordName = recordTitleFromDocumentTitle(ctx.app, title) ?? title;
        const values = templateValuesFor(ctx, { recordName, appLabel: title, today: title });
        const prompt = fillTemplate(tip.prompt, values);
        expect(prompt).not.toContain('{{');
        expect(prompt).not.toMatch(FORBIDDEN_IN_PROMPT);
        const slots = placeholdersIn(tip.prompt).length;
        expect(prompt.length).toBeLessThanOrEqual(tip.prompt.length + slots * (MAX_VALUE_LENGTH + FALLBACK_SLACK));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('fillTemplate on any template and values: no "{{" left, inserted values bounded and clean', () => {
    const template = fc.oneof(hostileText, fc.array(fc.oneof(hostileText, fc.constantFrom(...PLACEHOLDERS.map((p) => `{{${p}}}`))), { maxLength: 8 }).map((a) => a.join('')));
    const values = fc.record(Object.fromEntries(PLACEHOLDERS.map((p) => [p, hostileText])), { requiredKeys: [] });
    fc.assert(
      fc.property(template.filter((t) => !FORBIDDEN_IN_PROMPT.test(t)), values, (t, v) => {
        const out = fillTemplate(t, v);
        expect(out).not.toContain('{{');
        expect(out).not.toMatch(FORBIDDEN_IN_PROMPT);
        // "{ " per stray brace, plus at most one bounded value per placeholder.
        expect(out.length).toBeLessThanOrEqual(2 * t.length + placeholdersIn(t).length * (MAX_VALUE_LENGTH + FALLBACK_SLACK));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('redact never throws, stays bounded, and removes a planted e-mail address whatever surrounds it', () => {
    const rules = { ...DEFAULT_REDACT, emails: true, phones: true };
    const EMAIL = 'jane.doe@acme-bank.example';
    fc.assert(
      fc.property(hostileText, hostileText, (before, after) => {
        const text = `${before} ${EMAIL} ${after}`;
        const r = redact(text, rules);
        expect(r.text).not.toContain(EMAIL);
        const replaced = r.findings.reduce((n, f) => n + f.count, 0);
        expect(r.text.length).toBeLessThanOrEqual(text.length + replaced * MAX_BUILTIN_PLACEHOLDER);
        expect(r.findings.every((f) => f.skipped === undefined)).toBe(true);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
