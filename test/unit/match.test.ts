import { describe, expect, it } from 'vitest';
import { matchTips, matchesWhere, type MatchOptions } from '../../lib/playbook/match';
import { TipSchema, type Level, type Tip, type TipWhere } from '../../lib/playbook/schema';
import { GRADUATE_AFTER_USES, emptyTipState, type TipState } from '../../lib/playbook/state';
import type { PageContext } from '../../lib/sites/types';

const NOW = new Date('2026-03-09T15:00:00.000Z');
const DAY = '2026-03-09';
const HOUR = 3_600_000;
const OPTS: MatchOptions = { now: NOW, day: DAY };
const OPP: PageContext = { app: 'salesforce', page: 'record', object: 'Opportunity', recordId: '006A' };

function tip(id: string, where: TipWhere, level: Level = 'first_steps'): Tip {
  return TipSchema.parse({
    id,
    where,
    title: `Tip ${id}`,
    why: 'Because it helps with this step.',
    prompt: 'Do the thing with [paste it here].',
    gap: 'clarity',
    minutesSaved: 5,
    level,
  });
}

const ids = (tips: readonly Tip[]): string[] => tips.map((t) => t.id);
const iso = (ms: number): string => new Date(ms).toISOString();
const state = (patch: Partial<TipState>): TipState => ({ ...emptyTipState(), ...patch });

describe('matchesWhere', () => {
  it('requires the same app', () => {
    expect(matchesWhere({ app: 'gmail' }, OPP)).toBe(false);
    expect(matchesWhere({ app: 'salesforce' }, OPP)).toBe(true);
  });

  it('matches page kinds exactly, one or many', () => {
    expect(matchesWhere({ app: 'salesforce', page: 'record' }, OPP)).toBe(true);
    expect(matchesWhere({ app: 'salesforce', page: ['list', 'record'] }, OPP)).toBe(true);
    expect(matchesWhere({ app: 'salesforce', page: 'list' }, OPP)).toBe(false);
  });

  it('matches objects case-insensitively and needs an object when one is asked for', () => {
    expect(matchesWhere({ app: 'salesforce', object: 'opportunity' }, OPP)).toBe(true);
    expect(matchesWhere({ app: 'salesforce', object: ['Case', 'OPPORTUNITY'] }, OPP)).toBe(true);
    expect(matchesWhere({ app: 'salesforce', object: 'Case' }, OPP)).toBe(false);
    expect(matchesWhere({ app: 'salesforce', object: 'Opportunity' }, { app: 'salesforce', page: 'home' })).toBe(false);
  });
});

describe('matchTips: fatigue rules', () => {
  const tips = [tip('t-one', { app: 'salesforce' }), tip('t-two', { app: 'salesforce' })];
  const big = { caps: { tipsPerDay: 10 } };

  it('offers matching tips of the app only', () => {
    const all = [...tips, tip('t-gmail', { app: 'gmail' }), tip('t-case', { app: 'salesforce', object: 'Case' })];
    expect(ids(matchTips(OPP, all, emptyTipState(), OPTS))).toEqual(['t-one', 't-two']);
  });

  it('drops tips dismissed for ever', () => {
    expect(ids(matchTips(OPP, tips, state({ dismissedForever: ['t-one'] }), OPTS))).toEqual(['t-two']);
  });

  it('drops graduated tips', () => {
    const s = state({ usedCount: { 't-one': GRADUATE_AFTER_USES, 't-two': GRADUATE_AFTER_USES - 1 } });
    expect(ids(matchTips(OPP, tips, s, OPTS))).toEqual(['t-two']);
  });

  it('drops tips resting after "Not now" until the cooldown ends', () => {
    const s = state({ cooldownUntil: { 't-one': iso(NOW.getTime() + HOUR) } });
    expect(ids(matchTips(OPP, tips, s, OPTS))).toEqual(['t-two']);
    const later = { ...OPTS, now: new Date(NOW.getTime() + 2 * HOUR) };
    expect(ids(matchTips(OPP, tips, s, later))).toEqual(['t-one', 't-two']);
  });

  it('offers nothing while the app is snoozed, and everything after', () => {
    const s = state({ snoozedUntil: { salesforce: iso(NOW.getTime() + HOUR), gmail: iso(NOW.getTime() - HOUR) } });
    expect(matchTips(OPP, tips, s, OPTS)).toEqual([]);
    expect(ids(matchTips(OPP, tips, s, { ...OPTS, now: new Date(NOW.getTime() + 2 * HOUR) }))).toEqual(['t-one', 't-two']);
    expect(ids(matchTips({ app: 'gmail', page: 'inbox' }, [tip('g-1', { app: 'gmail' })], s, OPTS))).toEqual(['g-1']);
  });

  it('rests a tip shown on an earlier day for the cooldown after it was shown', () => {
    const s = state({
      shownToday: { day: '2026-03-08', tipIds: ['t-one'] },
      lastShownAt: { 't-one': iso(NOW.getTime() - 20 * HOUR) },
    });
    expect(ids(matchTips(OPP, tips, s, OPTS))).toEqual(['t-two']);
    expect(ids(matchTips(OPP, tips, s, { ...OPTS, caps: { cooldownHours: 12 } }))).toEqual(['t-one', 't-two']);
    expect(ids(matchTips(OPP, tips, s, { ...OPTS, now: new Date(NOW.getTime() + 5 * HOUR) }))).toEqual(['t-one', 't-two']);
  });

  it('keeps a tip shown today eligible all day, so the pill does not flicker', () => {
    const s = state({ shownToday: { day: DAY, tipIds: ['t-one'] }, lastShownAt: { 't-one': iso(NOW.getTime() - 60_000) } });
    expect(ids(matchTips(OPP, tips, s, OPTS))).toEqual(['t-one', 't-two']);
  });

  it('drops tips switched off by policy', () => {
    expect(ids(matchTips(OPP, tips, emptyTipState(), { ...OPTS, disabledTips: ['t-two'] }))).toEqual(['t-one']);
  });

  it('handles tip ids that exist on Object.prototype', () => {
    const odd = [tip('constructor', { app: 'salesforce' }), tip('tostring', { app: 'salesforce' })];
    expect(ids(matchTips(OPP, odd, emptyTipState(), { ...OPTS, ...big }))).toEqual(['constructor', 'tostring']);
  });
});

describe('matchTips: daily cap', () => {
  const five = ['c-1', 'c-2', 'c-3', 'c-4', 'c-5'].map((id) => tip(id, { app: 'salesforce' }));

  it('offers at most tipsPerDay new tips on a fresh day', () => {
    expect(ids(matchTips(OPP, five, emptyTipState(), OPTS))).toEqual(['c-1', 'c-2', 'c-3']);
    expect(ids(matchTips(OPP, five, emptyTipState(), { ...OPTS, caps: { tipsPerDay: 1 } }))).toEqual(['c-1']);
  });

  it('counts tips shown today on any app against the cap', () => {
    const s = state({ shownToday: { day: DAY, tipIds: ['gmail-tip', 'c-4'] } });
    expect(ids(matchTips(OPP, five, s, OPTS))).toEqual(['c-1', 'c-4']);
  });

  it('offers only tips already shown today once the cap is reached', () => {
    const s = state({ shownToday: { day: DAY, tipIds: ['x', 'y', 'c-5'] } });
    expect(ids(matchTips(OPP, five, s, OPTS))).toEqual(['c-5']);
    expect(matchTips(OPP, five, state({ shownToday: { day: DAY, tipIds: ['x', 'y', 'z'] } }), OPTS)).toEqual([]);
  });

  it("ignores yesterday's list", () => {
    const s = state({ shownToday: { day: '2026-03-08', tipIds: ['x', 'y', 'z'] } });
    expect(ids(matchTips(OPP, five, s, OPTS))).toEqual(['c-1', 'c-2', 'c-3']);
  });
});

describe('matchTips: ranking', () => {
  const opts = { ...OPTS, caps: { tipsPerDay: 20 } };

  it('ranks object matches over page matches over app-wide tips', () => {
    const tips = [
      tip('app-wide', { app: 'salesforce' }),
      tip('page-only', { app: 'salesforce', page: 'record' }),
      tip('object-only', { app: 'salesforce', object: 'Opportunity' }),
      tip('object-page', { app: 'salesforce', page: 'record', object: 'opportunity' }),
    ];
    expect(ids(matchTips(OPP, tips, emptyTipState(), opts))).toEqual(['object-page', 'object-only', 'page-only', 'app-wide']);
  });

  it('ranks first steps before everyday before advanced at equal specificity', () => {
    const tips = [
      tip('adv', { app: 'salesforce' }, 'advanced'),
      tip('every', { app: 'salesforce' }, 'everyday'),
      tip('first', { app: 'salesforce' }, 'first_steps'),
    ];
    expect(ids(matchTips(OPP, tips, emptyTipState(), opts))).toEqual(['first', 'every', 'adv']);
  });

  it('moves the employee up a level once every first-steps tip of the app is graduated or dismissed', () => {
    const tips = [
      tip('first-case', { app: 'salesforce', object: 'Case' }),
      tip('first-wide', { app: 'salesforce' }),
      tip('adv', { app: 'salesforce' }, 'advanced'),
      tip('every', { app: 'salesforce' }, 'everyday'),
      tip('first-gmail', { app: 'gmail' }),
    ];
    // The Case tip doesn't match this page but is still open: first steps lead.
    expect(ids(matchTips(OPP, tips, emptyTipState(), opts))).toEqual(['first-wide', 'every', 'adv']);
    const oneOpen = state({ usedCount: { 'first-wide': GRADUATE_AFTER_USES } });
    expect(ids(matchTips(OPP, tips, oneOpen, opts))).toEqual(['every', 'adv']);
    // Every first-steps tip of this app done (gmail's doesn't count): still everyday, then advanced.
    const done = state({ usedCount: { 'first-wide': GRADUATE_AFTER_USES }, dismissedForever: ['first-case'] });
    expect(ids(matchTips(OPP, tips, done, opts))).toEqual(['every', 'adv']);
    // Specificity still comes before level: a page-specific first-steps tip leads.
    const withNew = [...tips, tip('first-late', { app: 'salesforce', page: 'record' })];
    expect(ids(matchTips(OPP, withNew, done, opts))).toEqual(['first-late', 'every', 'adv']);
  });

  it('prefers the next level over a first-steps tip that is only resting', () => {
    const tips = [
      tip('first-resting', { app: 'salesforce', object: 'Case' }),
      tip('adv', { app: 'salesforce' }, 'advanced'),
      tip('every', { app: 'salesforce' }, 'everyday'),
    ];
    const caseCtx: PageContext = { app: 'salesforce', page: 'record', object: 'Case' };
    const s = state({ cooldownUntil: { 'first-resting': iso(NOW.getTime() + HOUR) } });
    expect(ids(matchTips(caseCtx, tips, s, opts))).toEqual(['every', 'adv']);
    // With first steps mastered, the lead level is everyday; a lower-level tip would come last.
    const mastered = state({ usedCount: { 'first-resting': GRADUATE_AFTER_USES } });
    const mixed = [...tips, tip('adv-2', { app: 'salesforce' }, 'advanced')];
    expect(ids(matchTips(caseCtx, mixed, mastered, opts))).toEqual(['every', 'adv', 'adv-2']);
  });

  it('puts advanced first once first steps and everyday are all done', () => {
    const tips = [
      tip('first', { app: 'salesforce' }),
      tip('every', { app: 'salesforce' }, 'everyday'),
      tip('adv', { app: 'salesforce' }, 'advanced'),
      tip('first-again', { app: 'salesforce' }),
    ];
    const s = state({ usedCount: { first: 3, every: 3 }, dismissedForever: ['first-again'] });
    expect(ids(matchTips(OPP, tips, s, opts))).toEqual(['adv']);
  });

  it('ranks unused tips before used ones, then keeps authored order', () => {
    const tips = [tip('used', { app: 'salesforce' }), tip('fresh-1', { app: 'salesforce' }), tip('fresh-2', { app: 'salesforce' })];
    const s = state({ usedCount: { used: 1 } });
    expect(ids(matchTips(OPP, tips, s, opts))).toEqual(['fresh-1', 'fresh-2', 'used']);
  });

  it('picks the best new tips when the cap leaves room for only some', () => {
    const tips = [
      tip('wide-1', { app: 'salesforce' }),
      tip('wide-2', { app: 'salesforce' }),
      tip('specific', { app: 'salesforce', object: 'Opportunity' }),
    ];
    const s = state({ shownToday: { day: DAY, tipIds: ['elsewhere', 'wide-2'] } });
    expect(ids(matchTips(OPP, tips, s, OPTS))).toEqual(['specific', 'wide-2']);
  });
});

// Speed is measured in bench/, never asserted here; this checks the large case is correct.
describe('matchTips: a large playbook', () => {
  it('matches 1 000 tips against a busy state', () => {
    const apps = ['salesforce', 'gmail', 'jira', 'zendesk'] as const;
    const levels: Level[] = ['first_steps', 'everyday', 'advanced'];
    const tips = Array.from({ length: 1000 }, (_, i) =>
      tip(`perf-${i}`, { app: apps[i % 4] as TipWhere['app'], ...(i % 3 === 0 ? { object: 'Opportunity' } : {}) }, levels[i % 3]),
    );
    const s = state({
      dismissedForever: Array.from({ length: 500 }, (_, i) => `perf-${i * 2 + 1}`),
      usedCount: Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`perf-${i * 3}`, 1])),
    });
    // Repeated calls hit the matcher's caches: the answer must not change.
    const first = matchTips(OPP, tips, s, OPTS).map((t) => t.id);
    for (let i = 0; i < 50; i++) expect(matchTips(OPP, tips, s, OPTS).map((t) => t.id)).toEqual(first);
    expect(matchTips(OPP, tips, s, OPTS)).toHaveLength(3);
  });
});
