import { describe, expect, it } from 'vitest';
import { BUNDLED_TIPS } from '../../lib/playbook/bundled';
import { loadBundledPlaybook, parsePlaybook, formatPlaybookError } from '../../lib/playbook/load';
import { GAPS, LEVELS, type Tip } from '../../lib/playbook/schema';
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

  it('every prompt has a [paste ... here] slot for the page content the extension does not read', () => {
    const missing = tips.filter((t) => !/\[paste [^\]]+\]/i.test(t.prompt)).map((t) => t.id);
    expect(missing).toEqual([]);
  });

  it('every filled prompt reads cleanly, with and without a record name and id', () => {
    const bad: string[] = [];
    const check = (tip: Tip, ctx: PageContext, text: string): void => {
      if (text.includes('{{') || text.includes('}}')) bad.push(`${tip.id}: braces`);
      if (/\bundefined\b|\bnull\b/.test(text)) bad.push(`${tip.id}: undefined/null`);
      const doubled = /\b(\w+)\s+\1\b/i.exec(text);
      if (doubled) bad.push(`${tip.id} on ${ctx.page}: doubled word "${doubled[0]}"`);
      if (/\(\s*\)|[ \t][,.;:](?=\s|$)/m.test(text)) bad.push(`${tip.id}: empty brackets or loose punctuation`);
    };
    for (const tip of tips) {
      const matching = contexts.filter((c) => matchesWhere(tip.where, c));
      for (const ctx of matching) {
        const appLabel = detectorFor(ctx.app).label;
        const full = templateValuesFor(ctx, { recordName: 'Acme Corp renewal 2026', appLabel, today: '2026-03-09' });
        check(tip, ctx, fillTemplate(tip.prompt, full));
        const bare = templateValuesFor({ ...ctx, recordId: undefined }, { appLabel, today: '2026-03-09' });
        check(tip, ctx, fillTemplate(tip.prompt, bare));
      }
    }
    expect([...new Set(bad)]).toEqual([]);
  });
});
