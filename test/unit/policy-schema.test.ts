import { describe, expect, it } from 'vitest';
import {
  MAX_NOTE_TEXT_CHARS,
  MAX_PATTERN_CHARS,
  NoteSchema,
  POLICY_KEYS,
  PolicySchema,
  RedactPatternSchema,
  SyncSchema,
  defaultPolicy,
  regexSafetyProblem,
  type PolicyInput,
} from '../../lib/policy/schema';

const note = { id: 'sf-drafting', app: 'salesforce', level: 'allowed', text: 'AI is fine for drafting here.' } as const;

function messages(r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
  return (r.error?.issues ?? []).map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
}

describe('PolicySchema', () => {
  it('accepts an empty policy and a full one', () => {
    expect(PolicySchema.safeParse({}).success).toBe(true);
    const full: PolicyInput = {
      schemaVersion: 1,
      orgName: 'Acme Bank',
      approvedTools: [{ id: 'copilot-m365', name: 'Microsoft 365 Copilot', url: 'https://m365.cloud.microsoft/chat' }],
      preferredTool: 'copilot-m365',
      notes: [{ ...note, page: ['record'], object: 'Opportunity', link: 'https://intranet.acme.example/ai' }],
      redact: { emails: true, phones: true, cards: true, ibans: true, patterns: [{ name: 'account', regex: 'ACC-\\d{8}', flags: 'i' }] },
      tips: [],
      disabledTips: ['sf-opp-followup'],
      disabledApps: ['slack'],
      caps: { tipsPerDay: 2, cooldownHours: 48 },
      sync: { enabled: true, endpoint: 'https://lastmile.acme.example', enrollmentToken: 'tok_0123456789abcdef', cohort: 'emea', locked: true },
    };
    const r = PolicySchema.safeParse(full);
    expect(messages(r)).toEqual([]);
    expect(Object.keys(full).sort()).toEqual([...POLICY_KEYS].sort());
  });

  it('names unknown keys and a newer schemaVersion', () => {
    const r = PolicySchema.safeParse({ orgname: 'Acme', schemaVersion: 2 });
    expect(r.success).toBe(false);
    const text = messages(r).join('\n');
    expect(text).toContain('orgname');
    expect(text).toContain('understands schemaVersion 1');
  });

  it('the defaults redact cards and IBANs only and keep the usual caps', () => {
    const d = defaultPolicy();
    expect(d.redact).toEqual({ emails: false, phones: false, cards: true, ibans: true, patterns: [] });
    expect(d.caps).toEqual({ tipsPerDay: 3, cooldownHours: 24 });
    expect(d.approvedTools).toEqual([]);
  });
});

describe('NoteSchema', () => {
  it('accepts plain text up to the limit with an https link', () => {
    expect(NoteSchema.safeParse({ ...note, text: 'x'.repeat(MAX_NOTE_TEXT_CHARS) }).success).toBe(true);
    expect(NoteSchema.safeParse({ ...note, text: 'Never paste account numbers <8 digits>.' }).success).toBe(true);
    expect(NoteSchema.safeParse({ ...note, text: 'Replace client names with <name> first.' }).success).toBe(true);
  });

  it.each([
    ['too long', { text: 'x'.repeat(MAX_NOTE_TEXT_CHARS + 1) }, 'text: at most 500'],
    ['HTML', { text: 'Read <a href="https://x.example">this</a>' }, 'HTML is shown as typed'],
    ['a line break tag', { text: 'First line<br/>second' }, 'HTML is shown as typed'],
    ['empty', { text: '   ' }, 'text: must not be empty'],
    ['a control character', { text: 'bell\u0007' }, 'control characters'],
    ['a javascript: link', { link: 'javascript:alert(1)' }, 'link: must be an https:// URL'],
    ['an http link', { link: 'http://intranet.example/ai' }, 'link: must be an https:// URL'],
    ['a link with credentials', { link: 'https://user:pw@intranet.example/' }, 'user name or password'],
    ['an unknown level', { level: 'forbidden' }, 'level'],
    ['an unknown app', { app: 'myspace' }, 'app'],
  ])('rejects %s with a message naming the field', (_label, patch, expected) => {
    const r = NoteSchema.safeParse({ ...note, ...patch });
    expect(r.success).toBe(false);
    expect(messages(r).join('\n')).toContain(expected);
  });
});

describe('RedactPatternSchema', () => {
  it('accepts a compiling, linear pattern with the i flag', () => {
    expect(RedactPatternSchema.safeParse({ name: 'account', regex: 'ACC-\\d{8}', flags: 'i' }).success).toBe(true);
    expect(RedactPatternSchema.safeParse({ name: 'case ref', regex: '(?:\\d{3}-)+\\d{2}' }).success).toBe(true);
  });

  it.each([
    ['a pattern that does not compile', { regex: '(unclosed' }, 'regex: does not compile'],
    ['nested quantifiers', { regex: '(a+)+$' }, 'regex: nested quantifiers'],
    ['a variable count inside a repeated group', { regex: '(\\d{1,3})+x' }, 'regex: nested quantifiers'],
    ['alternation inside a repeated group', { regex: '(a|ab)*c' }, 'regex: a repeated group with alternatives'],
    ['a back-reference', { regex: '(\\w)\\1' }, 'regex: back-references'],
    ['a pattern matching empty text', { regex: 'x*' }, 'regex: must not match empty text'],
    ['a flag other than i', { regex: 'abc', flags: 'gm' }, 'flags: only the "i" flag'],
    ['an over-long pattern', { regex: 'a'.repeat(MAX_PATTERN_CHARS + 1) }, `regex: at most ${MAX_PATTERN_CHARS}`],
    ['a name with brackets', { name: '[x]' }, 'name:'],
  ])('rejects %s', (_label, patch, expected) => {
    const r = RedactPatternSchema.safeParse({ name: 'custom', regex: 'abc', ...patch });
    expect(r.success).toBe(false);
    expect(messages(r).join('\n')).toContain(expected);
  });
});

describe('regexSafetyProblem', () => {
  it.each(['ACC-\\d{8}', '(\\d{3}-)+\\d{4}', '[(+*]+', '\\(\\d+\\)+', '(?:ab?)?', '(a{2})+', '\\d+\\s\\d+'])(
    'allows %s',
    (src) => expect(regexSafetyProblem(src)).toBeUndefined(),
  );
  it.each(['(a+)+', '(a*)*', '((a)+b)+', '(?:\\w+\\s?)*$', '(x|y)+', '(a+){2,5}', '(?<n>a)\\k<n>'])(
    'rejects %s',
    (src) => expect(regexSafetyProblem(src)).toMatch(/slow/),
  );
});

describe('SyncSchema', () => {
  it('requires an https endpoint and a token without spaces', () => {
    const ok = { enabled: true, endpoint: 'https://lastmile.acme.example', enrollmentToken: 'tok_0123456789abcdef' };
    expect(SyncSchema.safeParse(ok).success).toBe(true);
    expect(messages(SyncSchema.safeParse({ ...ok, endpoint: 'http://lastmile.acme.example' })).join()).toContain('https');
    expect(messages(SyncSchema.safeParse({ ...ok, enrollmentToken: 'short token' })).join()).toContain('enrollmentToken');
  });
});
