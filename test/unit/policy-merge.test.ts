import { describe, expect, it } from 'vitest';
import {
  MAX_REJECTIONS,
  parseLastKnownGood,
  rejectionLogText,
  resolvePolicy,
  type LastKnownGood,
  type PolicySources,
  type SourceInput,
} from '../../lib/policy/merge';
import { MAX_APPROVED_TOOLS, POLICY_KEYS, defaultPolicy } from '../../lib/policy/schema';

const NOW = new Date('2025-03-10T09:00:00Z');
const T1 = '2025-03-01T08:00:00Z';
const T2 = '2025-03-09T08:00:00Z';

function src(raw: unknown, receivedAt = T2): SourceInput {
  return { raw, receivedAt };
}

function note(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, app: 'salesforce', level: 'caution', text: `Note ${id}`, ...extra };
}

function tip(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    where: { app: 'jira', page: 'issue' },
    title: 'Summarise the thread',
    why: 'Long threads hide the decision.',
    prompt: 'Summarise {{recordName}} in three bullets.',
    gap: 'clarity',
    minutesSaved: 5,
    ...extra,
  };
}

const m365 = { id: 'm365', name: 'Microsoft 365 Copilot', url: 'https://m365.cloud.microsoft/chat' };
const gpt = { id: 'chatgpt-ent', name: 'ChatGPT Enterprise', url: 'https://chatgpt.com/' };
const claude = { id: 'claude', name: 'Claude', url: 'https://claude.ai/new' };

function resolve(sources: PolicySources, lkg?: LastKnownGood) {
  return resolvePolicy(sources, lkg, NOW);
}

describe('resolvePolicy: defaults and precedence', () => {
  it('no sources: the defaults, all from "default", nothing rejected', () => {
    const r = resolve({});
    expect(r.policy).toEqual(defaultPolicy());
    expect(Object.keys(r.provenance).sort()).toEqual([...POLICY_KEYS].sort());
    expect(Object.values(r.provenance).every((p) => p.source === 'default')).toBe(true);
    expect(r.rejected).toEqual([]);
    expect(r.lastKnownGood).toEqual({});
    expect(r.resolvedAt).toBe(NOW.toISOString());
  });

  it('managed beats backend for scalars and objects, with provenance', () => {
    const r = resolve({
      managed: src({ orgName: 'Acme Bank' }, T1),
      backend: src({ orgName: 'Acme (backend)', sync: undefined }),
    });
    expect(r.policy.orgName).toBe('Acme Bank');
    expect(r.provenance.orgName).toEqual({ source: 'managed', receivedAt: T1 });
  });

  it('the backend fills what managed leaves open', () => {
    const r = resolve({ managed: src({ orgName: 'Acme' }), backend: src({ disabledApps: ['slack'] }) });
    expect(r.policy.disabledApps).toEqual(['slack']);
    expect(r.provenance.disabledApps).toMatchObject({ source: 'backend', sources: ['backend'] });
  });

  it('approvedTools: the highest non-empty list wins; an admin list is authoritative', () => {
    const r = resolve({
      managed: src({ approvedTools: [m365] }),
      backend: src({ approvedTools: [gpt] }),
      user: src({ approvedTools: [claude] }),
    });
    expect(r.policy.approvedTools).toEqual([m365]);
    expect(r.provenance.approvedTools.source).toBe('managed');

    const noAdminList = resolve({ managed: src({ approvedTools: [] }), user: src({ approvedTools: [claude] }) });
    expect(noAdminList.policy.approvedTools).toEqual([claude]);
    expect(noAdminList.provenance.approvedTools.source).toBe('user');
  });

  it('preferredTool: the employee chooses among approved tools; others are ignored with a reason', () => {
    const ok = resolve({
      managed: src({ approvedTools: [m365, gpt], preferredTool: 'm365' }),
      user: src({ preferredTool: 'chatgpt-ent' }),
    });
    expect(ok.policy.preferredTool).toBe('chatgpt-ent');
    expect(ok.provenance.preferredTool.source).toBe('user');

    const outside = resolve({
      managed: src({ approvedTools: [m365, gpt], preferredTool: 'm365' }),
      user: src({ preferredTool: 'claude' }),
    });
    expect(outside.policy.preferredTool).toBe('m365');
    expect(outside.rejected).toContainEqual({
      source: 'user',
      part: 'preferredTool',
      code: 'tool_not_approved',
      path: 'preferredTool',
      id: 'claude',
    });
  });
});

describe('resolvePolicy: per-part validation', () => {
  it('rejects invalid list entries with a reason and uses the valid rest', () => {
    const r = resolve({
      managed: src({
        notes: [note('ok-one'), note('bad-text', { text: '<b>bold</b>' }), note('ok-two'), note('ok-one'), 'oops'],
      }),
    });
    expect(r.policy.notes.map((n) => n.id)).toEqual(['ok-one', 'ok-two']);
    expect(r.rejected).toEqual([
      {
        source: 'managed',
        part: 'notes',
        code: 'invalid',
        path: 'notes[1].text',
        itemId: 'bad-text',
        detail: 'must be plain text: HTML is shown as typed, never rendered',
        value: '"<b>bold</b>"',
      },
      { source: 'managed', part: 'notes', code: 'duplicate', path: 'notes[3]', itemId: 'ok-one', id: 'ok-one' },
      expect.objectContaining({ source: 'managed', part: 'notes', code: 'invalid', path: 'notes[4]', value: '"oops"' }),
    ]);
  });

  it('names missing and unknown fields, truncates long values', () => {
    const r = resolve({
      backend: src({
        approvedTools: [m365, { id: 'x1', name: 'X', url: 'https://x.example', colour: 'red' }, { id: 'no-url', name: 'N' }],
        orgName: 'A'.repeat(300),
      }),
    });
    expect(r.policy.approvedTools).toEqual([m365]);
    expect(r.rejected).toContainEqual({
      source: 'backend',
      part: 'approvedTools',
      code: 'unknown_field',
      path: 'approvedTools[1].colour',
      itemId: 'x1',
      value: '"red"',
    });
    expect(r.rejected).toContainEqual({
      source: 'backend',
      part: 'approvedTools',
      code: 'required',
      path: 'approvedTools[2].url',
      itemId: 'no-url',
    });
    const org = r.rejected.find((x) => x.path === 'orgName' && x.value !== undefined);
    expect(org?.value?.length).toBeLessThanOrEqual(80);
    expect(org?.value?.endsWith('…')).toBe(true);
  });

  it('tips reuse the playbook validation: errors name the tip id and field', () => {
    const r = resolve({ managed: src({ tips: [tip('acme-jira-sum'), tip('acme-bad', { prompt: 'Use {{secret}} now please' })] }) });
    expect(r.policy.tips.map((t) => t.id)).toEqual(['acme-jira-sum']);
    expect(r.policy.tips[0]?.level).toBe('first_steps');
    expect(r.rejected).toEqual([
      expect.objectContaining({
        source: 'managed',
        part: 'tips',
        code: 'invalid',
        path: 'tips[1].prompt',
        itemId: 'acme-bad',
        detail: expect.stringContaining('{{secret}}'),
      }),
    ]);
  });

  it('redact: invalid custom patterns are rejected one by one, the flags still apply', () => {
    const r = resolve({
      managed: src({
        redact: {
          emails: true,
          patterns: [
            { name: 'account', regex: 'ACC-\\d{8}' },
            { name: 'slow', regex: '(a+)+$' },
          ],
        },
      }),
    });
    expect(r.policy.redact).toEqual({
      emails: true,
      phones: false,
      cards: true,
      ibans: true,
      patterns: [{ name: 'account', regex: 'ACC-\\d{8}' }],
    });
    expect(r.rejected).toEqual([
      expect.objectContaining({
        part: 'redact',
        code: 'invalid',
        path: 'redact.patterns[1].regex',
        itemId: 'slow',
        detail: expect.stringContaining('nested quantifiers'),
      }),
    ]);
  });

  it('unknown keys are reported; the employee cannot set company-only keys; the backend cannot set sync', () => {
    const r = resolve({
      managed: src({ orgname: 'typo' }),
      backend: src({ sync: { enabled: true, endpoint: 'https://evil.example', enrollmentToken: 'tok_0123456789abcdef' } }),
      user: src({ notes: [note('mine')], orgName: 'Me', tips: [tip('my-tip')] }),
    });
    expect(r.policy.notes).toEqual([]);
    expect(r.policy.orgName).toBeUndefined();
    expect(r.policy.sync).toBeUndefined();
    expect(r.rejected.map((x) => `${x.source} ${x.part} ${x.path}: ${x.code}`)).toEqual([
      'managed source orgname: not_a_key',
      'backend sync sync: backend_not_allowed',
      'user notes notes: user_not_allowed',
      'user orgName orgName: user_not_allowed',
      'user tips tips: user_not_allowed',
    ]);
  });

  it('never echoes sync values (they hold the enrollment token)', () => {
    const r = resolve({ managed: src({ sync: { enabled: true, endpoint: 'http://x.example', enrollmentToken: 'secret token' } }) });
    const problems = r.rejected.filter((x) => x.path.startsWith('sync'));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((x) => x.value === undefined)).toBe(true);
    expect(JSON.stringify(r.rejected)).not.toContain('secret token');
  });

  it('caps the number of rejections', () => {
    const many = Array.from({ length: MAX_REJECTIONS + 50 }, (_, i) => `Bad Id ${i}`);
    const r = resolve({ managed: src({ disabledTips: [...many, 'sf-opp-followup'] }) });
    expect(r.policy.disabledTips).toEqual(['sf-opp-followup']);
    expect(r.rejected).toHaveLength(MAX_REJECTIONS);
    expect(r.rejected.at(-1)).toEqual({ source: 'managed', part: 'source', code: 'more', path: '(more)', count: 51 });
  });
});

describe('resolvePolicy: last-known-good', () => {
  const first = resolve({
    managed: src({ notes: [note('keep-me')], caps: { tipsPerDay: 2 }, orgName: 'Acme' }, T1),
  });

  it('records the valid value of every key a source sent', () => {
    expect(first.lastKnownGood.managed?.caps).toEqual({ value: { tipsPerDay: 2 }, receivedAt: T1, savedAt: NOW.toISOString() });
    expect(Object.keys(first.lastKnownGood.managed ?? {}).sort()).toEqual(['caps', 'notes', 'orgName']);
  });

  it('keeps the last valid value when a key turns invalid as a whole, and says so', () => {
    const r = resolve({ managed: src({ notes: 'oops', caps: { tipsPerDay: 'many' }, orgName: 'Acme 2' }) }, first.lastKnownGood);
    expect(r.policy.notes.map((n) => n.id)).toEqual(['keep-me']);
    expect(r.policy.caps.tipsPerDay).toBe(2);
    expect(r.policy.orgName).toBe('Acme 2');
    expect(r.provenance.notes).toMatchObject({ source: 'managed', receivedAt: T1, lastKnownGood: true });
    expect(r.provenance.orgName).toEqual({ source: 'managed', receivedAt: T2 });
    expect(r.rejected).toContainEqual({
      source: 'managed',
      part: 'notes',
      code: 'kept_last_valid',
      path: 'notes',
      receivedAt: T1,
      detail: 'invalid as a whole',
    });
    // Persisted again, unchanged, for the next time.
    expect(r.lastKnownGood.managed?.notes?.receivedAt).toBe(T1);
    expect(r.lastKnownGood.managed?.orgName?.value).toBe('Acme 2');
  });

  it('treats a list in which every entry is rejected as invalid as a whole', () => {
    const r = resolve({ managed: src({ notes: [note('bad', { level: 'forbidden' })] }) }, first.lastKnownGood);
    expect(r.policy.notes.map((n) => n.id)).toEqual(['keep-me']);
    expect(r.provenance.notes.lastKnownGood).toBe(true);
  });

  it('an unreadable source keeps every last valid value', () => {
    const r = resolve({ managed: src('not an object') }, first.lastKnownGood);
    expect(r.policy.orgName).toBe('Acme');
    expect(r.policy.notes.map((n) => n.id)).toEqual(['keep-me']);
    expect(r.rejected[0]).toMatchObject({ source: 'managed', part: 'source', code: 'not_an_object', path: '(root)' });
    expect(r.rejected.slice(1)).toContainEqual(
      expect.objectContaining({ part: 'orgName', code: 'kept_last_valid', receivedAt: T1, detail: 'the source is unreadable' }),
    );
  });

  it('forgets a key the source no longer sends (the admin removed it)', () => {
    const r = resolve({ managed: src({ orgName: 'Acme' }) }, first.lastKnownGood);
    expect(r.policy.notes).toEqual([]);
    expect(r.provenance.notes.source).toBe('default');
    expect(r.lastKnownGood.managed?.notes).toBeUndefined();
  });

  it('without an earlier value an invalid key is ignored, with the reason', () => {
    const r = resolve({ managed: src({ caps: 'strict' }) });
    expect(r.policy.caps).toEqual(defaultPolicy().caps);
    expect(r.rejected.at(-1)).toEqual({ source: 'managed', part: 'caps', code: 'no_last_valid', path: 'caps', detail: 'invalid as a whole' });
  });

  it('re-validates stored values and drops corrupt ones', () => {
    const stored = parseLastKnownGood({
      managed: { notes: { value: [{ id: 'x' }], receivedAt: T1, savedAt: T1 }, caps: 'garbage' },
      user: 7,
    });
    expect(stored).toEqual({ managed: { notes: { value: [{ id: 'x' }], receivedAt: T1, savedAt: T1 } } });
    const r = resolve({ managed: src({ notes: 'oops' }) }, stored);
    expect(r.policy.notes).toEqual([]);
    expect(r.rejected.at(-1)?.code).toBe('no_last_valid');
  });
});

describe('resolvePolicy: merge rules', () => {
  it('notes and tips: union by id, the higher source wins a clash', () => {
    const r = resolve({
      managed: src({ notes: [note('shared', { level: 'blocked' })], tips: [tip('acme-one')] }),
      backend: src({ notes: [note('shared', { level: 'allowed' }), note('backend-only')], tips: [tip('acme-one', { minutesSaved: 1 }), tip('acme-two')] }),
    });
    expect(r.policy.notes.map((n) => [n.id, n.level])).toEqual([
      ['shared', 'blocked'],
      ['backend-only', 'caution'],
    ]);
    expect(r.policy.tips.map((t) => [t.id, t.minutesSaved])).toEqual([
      ['acme-one', 5],
      ['acme-two', 5],
    ]);
    expect(r.provenance.notes).toMatchObject({ source: 'managed', sources: ['managed', 'backend'] });
  });

  it('disabledTips and disabledApps: union; the employee can add but not remove', () => {
    const r = resolve({
      managed: src({ disabledApps: ['slack'], disabledTips: ['sf-opp-followup'] }),
      backend: src({ disabledApps: ['teams', 'slack'] }),
      user: src({ disabledApps: [], disabledTips: ['jira-sum', 'sf-opp-followup'] }),
    });
    expect(r.policy.disabledApps).toEqual(['slack', 'teams']);
    expect(r.policy.disabledTips).toEqual(['sf-opp-followup', 'jira-sum']);
  });

  it('caps: the strictest admin value; the employee can only tighten', () => {
    const r = resolve({
      managed: src({ caps: { tipsPerDay: 5, cooldownHours: 12 } }),
      backend: src({ caps: { tipsPerDay: 2, cooldownHours: 48 } }),
      user: src({ caps: { tipsPerDay: 10, cooldownHours: 72 } }),
    });
    expect(r.policy.caps).toEqual({ tipsPerDay: 2, cooldownHours: 72 });
    expect(r.provenance.caps).toMatchObject({ source: 'managed', sources: ['managed', 'backend', 'user'] });

    const tighter = resolve({ managed: src({ caps: { tipsPerDay: 5 } }), user: src({ caps: { tipsPerDay: 1, cooldownHours: 1 } }) });
    // No admin cooldown: the employee's own value applies.
    expect(tighter.policy.caps).toEqual({ tipsPerDay: 1, cooldownHours: 1 });

    const looser = resolve({ managed: src({ caps: { tipsPerDay: 5 } }) });
    expect(looser.policy.caps).toEqual({ tipsPerDay: 5, cooldownHours: 24 });
  });

  it('redact: union of enabled rules; a lower source cannot switch off a higher one', () => {
    const r = resolve({
      managed: src({ redact: { emails: true, cards: false, patterns: [{ name: 'account', regex: 'ACC-\\d{8}' }] } }),
      backend: src({ redact: { patterns: [{ name: 'account', regex: 'ACCT\\d{6}' }, { name: 'client', regex: 'CL\\d{6}' }] } }),
      user: src({ redact: { emails: false, phones: true } }),
    });
    expect(r.policy.redact).toEqual({
      emails: true,
      phones: true,
      cards: false,
      ibans: true,
      patterns: [
        { name: 'account', regex: 'ACC-\\d{8}' },
        { name: 'client', regex: 'CL\\d{6}' },
      ],
    });
    expect(r.provenance.redact.sources).toEqual(['managed', 'backend', 'user']);
  });

  it('sync: the managed value wins over the employee, and is what is persisted', () => {
    const sync = { enabled: true, endpoint: 'https://lastmile.acme.example', enrollmentToken: 'tok_0123456789abcdef', locked: true };
    const r = resolve({
      managed: src({ sync }),
      user: src({ sync: { ...sync, endpoint: 'https://other.example', locked: false } }),
    });
    expect(r.policy.sync).toEqual(sync);
    expect(r.lastKnownGood.user?.sync).toBeDefined();
  });
});

describe('resolvePolicy: rejections are codes, not sentences', () => {
  it('names the code, the part and the figures each sentence needs', () => {
    const tools = Array.from({ length: MAX_APPROVED_TOOLS + 2 }, (_, i) => ({ id: `t${i}`, name: `T${i}`, url: `https://t${i}.example/` }));
    const r = resolve({
      managed: src({
        approvedTools: tools,
        notes: [note('bad', { level: 'forbidden' })],
        redact: 'on',
        disabledApps: 'salesforce',
      }),
    });
    expect(r.rejected).toEqual([
      { source: 'managed', part: 'approvedTools', code: 'too_many', path: `approvedTools[${MAX_APPROVED_TOOLS}]`, count: MAX_APPROVED_TOOLS, detail: expect.stringContaining('more than') },
      expect.objectContaining({ part: 'notes', code: 'invalid', path: 'notes[0].level', itemId: 'bad', value: '"forbidden"' }),
      { source: 'managed', part: 'notes', code: 'all_rejected', path: 'notes' },
      { source: 'managed', part: 'notes', code: 'no_last_valid', path: 'notes', detail: 'invalid as a whole' },
      { source: 'managed', part: 'redact', code: 'not_an_object', path: 'redact', detail: 'expected an object, got string', value: '"on"' },
      { source: 'managed', part: 'redact', code: 'no_last_valid', path: 'redact', detail: 'invalid as a whole' },
      { source: 'managed', part: 'disabledApps', code: 'not_a_list', path: 'disabledApps', detail: 'expected a list, got string', value: '"salesforce"' },
      { source: 'managed', part: 'disabledApps', code: 'no_last_valid', path: 'disabledApps', detail: 'invalid as a whole' },
    ]);
    // Each zod message stays detail only; no rejection carries an English sentence as its main field.
    for (const x of r.rejected) expect(Object.keys(x)).not.toContain('message');
  });

  it("words the playbook checker's problems as codes, keeping its words as the detail", () => {
    const { id: _id, ...noId } = tip('gone');
    const r = resolve({
      managed: src({ tips: [tip('acme-one'), tip('acme-one'), noId, tip('acme-extra', { colour: 'red' }), 'oops'] }),
    });
    const byPath = Object.fromEntries(r.rejected.map((x) => [x.path, x]));
    expect(byPath['tips[1].id']).toMatchObject({ part: 'tips', code: 'duplicate', id: 'acme-one', detail: expect.stringContaining('duplicate id') });
    expect(byPath['tips[2].id']).toMatchObject({ part: 'tips', code: 'required', detail: 'is required' });
    expect(byPath['tips[3].colour']).toMatchObject({ part: 'tips', code: 'unknown_field', itemId: 'acme-extra' });
    expect(byPath['tips[4]']).toMatchObject({ part: 'tips', code: 'not_an_object' });
    expect(resolve({ managed: src({ tips: 'none' }) }).rejected[0]).toMatchObject({
      part: 'tips',
      code: 'not_a_list',
      detail: 'expected a list of tips, got string',
    });
  });

  it('logs a rejection as one technical line (code, figures, detail)', () => {
    const r = resolve({ managed: src({ approvedTools: [m365], preferredTool: 'claude', notes: [note('x', { text: '<b>x</b>' })] }) });
    const lines = r.rejected.map(rejectionLogText);
    expect(lines).toContain('policy managed preferredTool: tool_not_approved (id "claude")');
    expect(lines).toContain('policy managed notes[0].text: invalid (must be plain text: HTML is shown as typed, never rendered)');
  });
});
