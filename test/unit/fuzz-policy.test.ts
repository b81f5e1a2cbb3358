/**
 * Property tests (fast-check, fixed seed) for the two admin-controlled boundaries: policies through
 * resolvePolicy and playbooks through parsePlaybook. Malformed input never throws, every refusal
 * names where it was, the last valid value of each invalid key stays in force, and the valid part
 * of a playbook still loads.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { BUNDLED_TIPS } from '../../lib/playbook/bundled';
import { parsePlaybook } from '../../lib/playbook/load';
import { TipSchema } from '../../lib/playbook/schema';
import { RejectionViewSchema } from '../../lib/pages/replies';
import { resolvePolicy, type PolicySources } from '../../lib/policy/merge';
import { NoteSchema, PolicySchema, POLICY_KEYS, type PolicyKey } from '../../lib/policy/schema';
import { AiToolSchema } from '../../lib/policy/tools';
import { AppIdSchema } from '../../lib/sites/types';

/** Reproducible runs: a failure prints the same counterexample every time. */
const SEED = 20260316;
const RUNS = 300;
const NOW = new Date('2026-03-16T09:00:00Z');
const T1 = '2026-03-01T08:00:00Z';
const T2 = '2026-03-15T08:00:00Z';

const GOOD_TIP = BUNDLED_TIPS[0];
if (GOOD_TIP === undefined) throw new Error('the bundled playbook is empty');

/** One valid value for every key we fuzz: the last-known-good the fuzzed source must fall back to. */
const GOOD = {
  orgName: 'Acme Bank',
  approvedTools: [{ id: 'm365', name: 'Microsoft 365 Copilot', url: 'https://m365.cloud.microsoft/chat' }],
  notes: [{ id: 'n1', app: 'salesforce', level: 'caution', text: 'No client names in prompts.' }],
  tips: [{ ...GOOD_TIP, id: 'acme-tip' }],
  disabledTips: ['sf-opp-followup'],
  disabledApps: ['slack'],
  caps: { tipsPerDay: 2 },
  redact: { emails: true, phones: true },
} as const;
type FuzzKey = keyof typeof GOOD;
const FUZZ_KEYS = Object.keys(GOOD) as FuzzKey[];

/** The item schema of the list keys: a list is invalid as a whole when every item fails it. */
const ITEM_SCHEMA: Partial<Record<FuzzKey, z.ZodType>> = {
  approvedTools: AiToolSchema,
  notes: NoteSchema,
  tips: TipSchema,
  disabledTips: TipSchema.shape.id,
};

function invalidAsWhole(key: FuzzKey, value: unknown): boolean {
  if (value === undefined) return false;
  if (key === 'disabledApps' && Array.isArray(value)) return value.length > 0 && value.every((v) => !AppIdSchema.safeParse(v).success);
  const item = ITEM_SCHEMA[key];
  if (item !== undefined && Array.isArray(value)) return value.length > 0 && value.every((v) => !item.safeParse(v).success);
  if (key === 'redact' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    // redact.patterns is itself a list checked entry by entry: keep the generated objects pattern-free.
    if ('patterns' in value) return false;
  }
  return !PolicySchema.shape[key].safeParse(value).success;
}

/** Garbage of every JSON-ish shape, hostile strings included. */
const garbage: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom('<img src=x onerror="window.__xss=1">', '{{recordName}}', '__proto__', 'constructor', '\u202e\u0000'),
  fc.array(fc.anything({ maxDepth: 2 }), { minLength: 1, maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 12 }), fc.anything({ maxDepth: 2 }), { maxKeys: 4 }),
);

function src(raw: unknown, receivedAt: string) {
  return { raw, receivedAt };
}

describe('fuzz: resolvePolicy', () => {
  const first = resolvePolicy({ managed: src(GOOD, T1) }, undefined, NOW);

  it('the good policy is accepted whole (the baseline the fuzzed sources fall back to)', () => {
    expect(first.rejected).toEqual([]);
    for (const key of FUZZ_KEYS) expect(first.lastKnownGood.managed?.[key]?.receivedAt).toBe(T1);
  });

  it('keeps the last-known-good value of every key that turned invalid, and names each one', () => {
    const broken = fc.record(
      Object.fromEntries(FUZZ_KEYS.map((k) => [k, fc.option(garbage.filter((v) => invalidAsWhole(k, v)), { nil: undefined, freq: 2 })])),
    ) as fc.Arbitrary<Partial<Record<FuzzKey, unknown>>>;
    fc.assert(
      fc.property(broken, (bad) => {
        // Keys the fuzzer left alone keep their good value from this very source.
        const raw = Object.fromEntries(FUZZ_KEYS.map((k) => [k, bad[k] !== undefined ? bad[k] : GOOD[k]]));
        const r = resolvePolicy({ managed: src(raw, T2) }, first.lastKnownGood, NOW);
        for (const key of FUZZ_KEYS) {
          expect(r.policy[key]).toEqual(first.policy[key]);
          if (bad[key] === undefined) continue;
          expect(r.provenance[key]).toMatchObject({ source: 'managed', receivedAt: T1, lastKnownGood: true });
          expect(r.rejected.some((x) => x.path === key || x.path.startsWith(`${key}[`) || x.path.startsWith(`${key}.`))).toBe(true);
          // Carried forward for the next resolution, still stamped with when it was good.
          expect(r.lastKnownGood.managed?.[key]?.receivedAt).toBe(T1);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('never throws on any source, and every rejection says where and why', () => {
    const sourceValue = fc.oneof(
      garbage,
      fc.dictionary(fc.constantFrom<PolicyKey | 'bogus'>(...POLICY_KEYS, 'bogus'), garbage, { maxKeys: 6 }),
    );
    const sources = fc.record(
      { managed: sourceValue, backend: sourceValue, user: sourceValue },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(sources, fc.option(fc.anything({ maxDepth: 3 })), (raw, lkg) => {
        const input: PolicySources = Object.fromEntries(Object.entries(raw).map(([n, v]) => [n, src(v, T2)]));
        // A corrupt stored last-known-good is a boundary too: resolvePolicy must survive it.
        const r = resolvePolicy(input, lkg as Parameters<typeof resolvePolicy>[1], NOW);
        expect(PolicySchema.safeParse({ ...r.policy, sync: r.policy.sync ?? undefined }).success).toBe(true);
        for (const x of r.rejected) {
          expect(x.path.length).toBeGreaterThan(0);
          // Every rejection is a code the page can word, with the figures its sentence needs.
          expect(RejectionViewSchema.safeParse(x).success).toBe(true);
          if (x.code === 'invalid') expect(x.detail?.length ?? 0).toBeGreaterThan(0);
          if (x.code === 'too_many' || x.code === 'more') expect(x.count).toBeGreaterThan(0);
          if (x.code === 'kept_last_valid') expect(x.receivedAt).toBeDefined();
          if (x.code === 'duplicate' || x.code === 'tool_not_approved') expect(x.id).toBeDefined();
          if (x.part === 'sync') expect(x.value).toBeUndefined();
          expect(x.value === undefined || x.value.length <= 80).toBe(true);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('fuzz: parsePlaybook', () => {
  const valid = BUNDLED_TIPS.slice(0, 20).map((t, i) => ({ ...t, id: `fuzz-${i}` }));
  const notATip = garbage.filter((v) => !TipSchema.safeParse(v).success);
  /** A valid tip with one field replaced by garbage (or an unknown field added). */
  const brokenTip = fc
    .tuple(fc.constantFrom(...valid), fc.constantFrom('id', 'where', 'title', 'why', 'prompt', 'gap', 'minutesSaved', 'colour'), garbage)
    .map(([t, field, v]) => ({ entry: { ...t, [field]: v } as Record<string, unknown>, field }))
    .filter(({ entry }) => !TipSchema.safeParse(entry).success);

  it('never throws; the valid tips load in order; each rejected entry is named by index and field', () => {
    const slot = fc.oneof(
      fc.nat({ max: valid.length - 1 }).map((i) => ({ kind: 'valid' as const, i })),
      notATip.map((v) => ({ kind: 'garbage' as const, v })),
      brokenTip.map((b) => ({ kind: 'broken' as const, ...b })),
    );
    fc.assert(
      fc.property(fc.array(slot, { maxLength: 30 }), (slots) => {
        const input = slots.map((s) => (s.kind === 'valid' ? valid[s.i] : s.kind === 'garbage' ? s.v : s.entry));
        const { tips, errors } = parsePlaybook(input);
        // First occurrence of each valid tip wins; later copies are duplicates.
        const expected: string[] = [];
        for (const s of slots) {
          if (s.kind !== 'valid') continue;
          const id = valid[s.i]?.id ?? '';
          if (!expected.includes(id)) expected.push(id);
        }
        expect(tips.map((t) => t.id)).toEqual(expected);
        slots.forEach((s, index) => {
          const mine = errors.filter((e) => e.index === index);
          if (s.kind === 'valid') {
            const dup = expected.indexOf(valid[s.i]?.id ?? '') !== -1 && slots.findIndex((o) => o.kind === 'valid' && o.i === s.i) !== index;
            expect(mine.length > 0).toBe(dup);
            return;
          }
          expect(mine.length).toBeGreaterThan(0);
          for (const e of mine) expect(e.message.length).toBeGreaterThan(0);
          // A broken field is named: the field itself (or a path inside it), or "(tip)" for a non-object.
          if (s.kind === 'broken') expect(mine.some((e) => e.field === s.field || e.field.startsWith(`${s.field}.`))).toBe(true);
        });
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('never throws on input that is not a list at all', () => {
    fc.assert(
      fc.property(fc.anything().filter((v) => !Array.isArray(v)), (v) => {
        const { tips, errors } = parsePlaybook(v);
        expect(tips).toEqual([]);
        expect(errors).toEqual([expect.objectContaining({ index: -1, field: '(root)' })]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
