import { describe, expect, it } from 'vitest';
import { BUNDLED_TIPS } from '../../lib/playbook/bundled';
import { loadBundledPlaybook, parsePlaybook, formatPlaybookError } from '../../lib/playbook/load';
import { GAPS, LEVELS, PLAYBOOK_LANGS, type PlaybookLang, type Tip } from '../../lib/playbook/schema';
import { localize } from '../../lib/playbook/localize';
import { matchesWhere } from '../../lib/playbook/match';
import { fillTemplate, templateValuesFor } from '../../lib/playbook/template';
import { DETECTORS, detectContext, detectorFor, type PageContext } from '../../lib/sites';
import { EXAMPLES } from '@/lib/sites/examples';

// Real URLs for record types the detectors' own examples don't cover; run through the real detectors.
const EXTRA_URLS = [
  'https://acme.lightning.force.com/lightning/r/Lead/00Q5g00000AbCdEEAZ/view',
  'https://acme.service-now.com/now/nav/ui/classic/params/target/problem.do%3Fsys_id%3D62304320731823002728660c4cf6a7e8',
  'https://acme.crm.dynamics.com/main.aspx?appid=3a5e0b1c-6f1e-ed11-b83d-000d3a8b1234&pagetype=entityrecord&etn=lead&id=%7B5b8f2a43-9c1d-ee11-9cbe-000d3a5b6e21%7D',
];

function exampleContexts(): PageContext[] {
  const fromExamples = DETECTORS.flatMap((d) => EXAMPLES[d.app].map((e) => e.expect)).filter(
    (c): c is PageContext => c !== null,
  );
  const extra = EXTRA_URLS.map((u) => detectContext(u)).filter((c): c is PageContext => c !== null);
  return [...fromExamples, ...extra];
}

describe('bundled playbook', () => {
  const { tips, errors } = parsePlaybook(BUNDLED_TIPS);
  const contexts = exampleContexts();

  it('every bundled tip passes the schema', () => {
    expect(errors.map(formatPlaybookError)).toEqual([]);
    expect(tips).toHaveLength(BUNDLED_TIPS.length);
    expect(() => loadBundledPlaybook()).not.toThrow();
  });

  it('has at least 48 tips across at least 10 apps', () => {
    expect(tips.length).toBeGreaterThanOrEqual(48);
    expect(new Set(tips.map((t) => t.where.app)).size).toBeGreaterThanOrEqual(10);
  });

  it('has unique ids', () => {
    const ids = BUNDLED_TIPS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers every gap and every level', () => {
    expect(new Set(tips.map((t) => t.gap))).toEqual(new Set(GAPS));
    expect(new Set(tips.map((t) => t.level))).toEqual(new Set(LEVELS));
  });

  it('every extra URL is detected', () => {
    for (const url of EXTRA_URLS) expect(detectContext(url), url).not.toBeNull();
  });

  it.each(tips.map((t) => [t.id, t] as const))('%s matches at least one real detected page', (_id, tip) => {
    expect(contexts.some((c) => matchesWhere(tip.where, c))).toBe(true);
  });

  // Each language words the slot its own way: "[paste … here]", "[Hier … einfügen]", "[Collez ici …]".
  const PASTE_SLOT: Readonly<Record<PlaybookLang, RegExp>> = {
    en: /\[paste [^\]]+\]/i,
    de: /\[Hier [^\]]*einfügen[^\]]*\]/,
    fr: /\[Collez ici [^\]]+\]/,
  };

  it('every prompt, in every language, has a paste slot for the page content the extension does not read', () => {
    const missing = tips.flatMap((t) =>
      PLAYBOOK_LANGS.filter((lang) => !PASTE_SLOT[lang].test(localize(t.prompt, lang))).map((lang) => `${t.id} (${lang})`),
    );
    expect(missing).toEqual([]);
  });

  it('every filled prompt reads cleanly, with and without a record name and id', () => {
    const bad: string[] = [];
    // A word said twice by the filling, not by the author ("Kürzen Sie sie", "die die" are German).
    const doubledWords = (text: string): Set<string> =>
      new Set([...text.matchAll(/(?<![\p{L}\d_])([\p{L}\d_]+)\s+\1(?![\p{L}\d_])/giu)].map((m) => m[0].toLowerCase()));
    const check = (tip: Tip, lang: string, ctx: PageContext, text: string, template: string): void => {
      const who = `${tip.id} (${lang})`;
      if (text.includes('{{') || text.includes('}}')) bad.push(`${who}: braces`);
      if (/\bundefined\b|\bnull\b/.test(text)) bad.push(`${who}: undefined/null`);
      const authored = doubledWords(template);
      const doubled = [...doubledWords(text)].find((d) => !authored.has(d));
      if (doubled !== undefined) bad.push(`${who} on ${ctx.page}: doubled word "${doubled}"`);
      // French puts a no-break space (U+00A0), never a plain one, before ":" and ";".
      if (/\(\s*\)|[ \t][,.;:](?=\s|$)/m.test(text)) bad.push(`${who}: empty brackets or loose punctuation`);
    };
    for (const tip of tips) {
      const matching = contexts.filter((c) => matchesWhere(tip.where, c));
      for (const lang of PLAYBOOK_LANGS) {
        const prompt = localize(tip.prompt, lang);
        for (const ctx of matching) {
          const appLabel = detectorFor(ctx.app).label;
          const full = templateValuesFor(ctx, { recordName: 'Acme Corp renewal 2026', appLabel, today: '2026-03-09' }, lang);
          check(tip, lang, ctx, fillTemplate(prompt, full, lang), prompt);
          // Fallback words and labels in the prompt's language ("diesem Kundenvorgang", "cette requête").
          const bare = templateValuesFor({ ...ctx, recordId: undefined }, { appLabel, today: '2026-03-09' }, lang);
          check(tip, lang, ctx, fillTemplate(prompt, bare, lang), prompt);
        }
      }
    }
    expect([...new Set(bad)]).toEqual([]);
  });
});
