import { describe, expect, it } from 'vitest';
import { MAX_PLAYBOOK_TIPS, formatPlaybookError, loadBundledPlaybook, parsePlaybook } from '../../lib/playbook/load';
import { BUNDLED_TIPS } from '../../lib/playbook/bundled';

function good(id: string): Record<string, unknown> {
  return {
    id,
    where: { app: 'salesforce', page: 'record', object: 'Opportunity' },
    title: 'Draft the follow-up',
    why: 'The follow-up is where deals stall.',
    prompt: 'Write a follow-up for {{recordName}}.\n[paste your notes here]',
    gap: 'clarity',
    minutesSaved: 8,
  };
}

describe('parsePlaybook', () => {
  it('loads valid tips and applies defaults', () => {
    const { tips, errors } = parsePlaybook([good('sf-one'), { ...good('sf-two'), level: 'advanced', tags: ['sales'] }]);
    expect(errors).toEqual([]);
    expect(tips.map((t) => [t.id, t.level, t.tags])).toEqual([
      ['sf-one', 'first_steps', []],
      ['sf-two', 'advanced', ['sales']],
    ]);
  });

  it('rejects a non-array with one "(root)" error', () => {
    for (const input of [undefined, null, 'tips', { tips: [] }]) {
      const r = parsePlaybook(input);
      expect(r.tips).toEqual([]);
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatchObject({ index: -1, field: '(root)' });
    }
    expect(formatPlaybookError(parsePlaybook({}).errors[0]!)).toBe(
      'playbook: field "(root)": expected an array of tips, got an object',
    );
  });

  it('rejects invalid entries by id and field and loads the valid rest', () => {
    const { tips, errors } = parsePlaybook([
      good('sf-first'),
      { ...good('sf-opp-followup'), prompt: 'Write to {{recordname}} about [paste here]' },
      { ...good('sf-bad-app'), where: { app: 'myspace' } },
      good('sf-last'),
    ]);
    expect(tips.map((t) => t.id)).toEqual(['sf-first', 'sf-last']);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatchObject({ index: 1, tipId: 'sf-opp-followup', field: 'prompt' });
    expect(formatPlaybookError(errors[0]!)).toMatch(
      /^tip "sf-opp-followup" \(#2\): field "prompt": uses an unknown \{\{placeholder\}\}: \{\{recordname\}\}/,
    );
    expect(errors[1]).toMatchObject({ index: 2, tipId: 'sf-bad-app', field: 'where.app' });
  });

  it('names missing fields, misspelt fields and nested paths', () => {
    const { title: _title, ...noTitle } = good('no-title');
    const { errors } = parsePlaybook([
      noTitle,
      { ...good('typo-tip'), titel: 'x' },
      { ...good('bad-tag'), tags: ['ok', ''] },
    ]);
    expect(errors.map(formatPlaybookError)).toEqual([
      'tip "no-title" (#1): field "title": is required',
      'tip "typo-tip" (#2): field "titel": is not a tip field (check the spelling)',
      expect.stringMatching(/^tip "bad-tag" \(#3\): field "tags\.1": /),
    ]);
  });

  it('reports several problems of one entry, and entries without a readable id by position', () => {
    const { tips, errors } = parsePlaybook([{ id: 7, gap: 'courage' }, 'not a tip', null]);
    expect(tips).toEqual([]);
    const first = errors.filter((e) => e.index === 0);
    expect(first.length).toBeGreaterThan(3);
    expect(first.every((e) => e.tipId === undefined)).toBe(true);
    expect(first.map((e) => e.field)).toEqual(expect.arrayContaining(['id', 'gap', 'where', 'prompt']));
    expect(formatPlaybookError(errors.find((e) => e.index === 1)!)).toBe(
      'tip #2: field "(tip)": expected a tip object, got string',
    );
    expect(errors.find((e) => e.index === 2)?.message).toBe('expected a tip object, got null');
  });

  it('rejects an unclosed placeholder and an invalid id, naming the readable id', () => {
    const { errors } = parsePlaybook([
      { ...good('open-brace'), prompt: 'Write to {{recordName about the deal' },
      good('Bad Id!'),
    ]);
    expect(errors[0]).toMatchObject({ tipId: 'open-brace', field: 'prompt' });
    expect(errors[0]?.message).toContain('unclosed');
    expect(errors[1]).toMatchObject({ index: 1, tipId: 'Bad Id!', field: 'id' });
  });

  it('rejects the later of two tips with the same id', () => {
    const { tips, errors } = parsePlaybook([
      { ...good('dup-tip'), title: 'First' },
      good('other-tip'),
      { ...good('dup-tip'), title: 'Second' },
    ]);
    expect(tips.map((t) => [t.id, t.title])).toEqual([
      ['dup-tip', 'First'],
      ['other-tip', 'Draft the follow-up'],
    ]);
    expect(errors).toEqual([{ index: 2, tipId: 'dup-tip', field: 'id', message: 'duplicate id: tip #1 already uses it' }]);
  });

  it('does not count an invalid first tip as taking the id', () => {
    const { tips, errors } = parsePlaybook([{ ...good('dup-tip'), gap: 'nope' }, good('dup-tip')]);
    expect(tips.map((t) => t.id)).toEqual(['dup-tip']);
    expect(errors.map((e) => e.field)).toEqual(['gap']);
  });

  it('stops at MAX_PLAYBOOK_TIPS with one error', () => {
    const many = Array.from({ length: MAX_PLAYBOOK_TIPS + 5 }, (_, i) => good(`tip-${i}`));
    const { tips, errors } = parsePlaybook(many);
    expect(tips).toHaveLength(MAX_PLAYBOOK_TIPS);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ index: MAX_PLAYBOOK_TIPS, field: '(root)' });
  });
});

describe('loadBundledPlaybook', () => {
  it('returns every bundled tip, parsed, with the same tip objects each time', () => {
    const a = loadBundledPlaybook();
    const b = loadBundledPlaybook();
    expect(a).toHaveLength(BUNDLED_TIPS.length);
    expect(a).not.toBe(b);
    expect(a[0]).toBe(b[0]);
    expect(a.every((t) => typeof t.level === 'string' && Array.isArray(t.tags))).toBe(true);
  });
});
