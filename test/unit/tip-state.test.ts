import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CAPS,
  MAX_STATE_IDS,
  SNOOZE_HOURS,
  STATE_RETENTION_DAYS,
  TipStateSchema,
  applyTipEvent,
  emptyTipState,
  parseTipState,
  type TipEvent,
  type TipState,
} from '../../lib/playbook/state';

const NOW = new Date('2026-03-09T15:00:00.000Z');
const DAY = '2026-03-09';
const HOUR = 3_600_000;

function apply(state: TipState, event: TipEvent, now = NOW, day = DAY): TipState {
  return applyTipEvent(state, event, now, day, DEFAULT_CAPS);
}

function frozen(state: TipState): TipState {
  return JSON.parse(JSON.stringify(state), (_k, v: unknown) => (typeof v === 'object' && v !== null ? Object.freeze(v) : v));
}

describe('applyTipEvent', () => {
  it('tip_shown records the tip for today and when it was shown', () => {
    const s = apply(emptyTipState(), { type: 'tip_shown', app: 'salesforce', tipId: 'a-tip' });
    expect(s.shownToday).toEqual({ day: DAY, tipIds: ['a-tip'] });
    expect(s.lastShownAt['a-tip']).toBe(NOW.toISOString());
    const again = apply(s, { type: 'tip_shown', app: 'salesforce', tipId: 'a-tip' });
    expect(again.shownToday.tipIds).toEqual(['a-tip']);
  });

  it('tip_shown on a new day starts a fresh list', () => {
    let s = apply(emptyTipState(), { type: 'tip_shown', app: 'gmail', tipId: 'one' });
    s = apply(s, { type: 'tip_shown', app: 'gmail', tipId: 'two' });
    const tomorrow = new Date(NOW.getTime() + 24 * HOUR);
    s = apply(s, { type: 'tip_shown', app: 'gmail', tipId: 'three' }, tomorrow, '2026-03-10');
    expect(s.shownToday).toEqual({ day: '2026-03-10', tipIds: ['three'] });
    expect(Object.keys(s.lastShownAt).sort()).toEqual(['one', 'three', 'two']);
  });

  it('use events count once per card view, and always without a view id', () => {
    let s = emptyTipState();
    s = apply(s, { type: 'prompt_copied', app: 'jira', tipId: 't1', viewId: 'view-0001' });
    s = apply(s, { type: 'ai_opened', app: 'jira', tipId: 't1', viewId: 'view-0001' });
    s = apply(s, { type: 'marked_used', app: 'jira', tipId: 't1', viewId: 'view-0001' });
    expect(s.usedCount['t1']).toBe(1);
    s = apply(s, { type: 'prompt_copied', app: 'jira', tipId: 't1', viewId: 'view-0002' });
    expect(s.usedCount['t1']).toBe(2);
    s = apply(s, { type: 'marked_used', app: 'jira', tipId: 't1' });
    s = apply(s, { type: 'marked_used', app: 'jira', tipId: 't1' });
    expect(s.usedCount['t1']).toBe(4);
    expect(s.lastUseView['t1']).toBe('view-0002');
  });

  it('dismissed rests the tip for the cooldown', () => {
    const s = applyTipEvent(emptyTipState(), { type: 'dismissed', app: 'zendesk', tipId: 't' }, NOW, DAY, {
      tipsPerDay: 3,
      cooldownHours: 48,
    });
    expect(s.cooldownUntil['t']).toBe(new Date(NOW.getTime() + 48 * HOUR).toISOString());
  });

  it('dont_show adds the tip to dismissedForever once', () => {
    let s = apply(emptyTipState(), { type: 'dont_show', app: 'zendesk', tipId: 't' });
    const again = apply(s, { type: 'dont_show', app: 'zendesk', tipId: 't' });
    expect(again).toBe(s);
    s = apply(s, { type: 'dont_show', app: 'zendesk', tipId: 'u' });
    expect(s.dismissedForever).toEqual(['t', 'u']);
  });

  it('snoozed snoozes the app for SNOOZE_HOURS', () => {
    const s = apply(emptyTipState(), { type: 'snoozed', app: 'gmail' });
    expect(s.snoozedUntil.gmail).toBe(new Date(NOW.getTime() + SNOOZE_HOURS * HOUR).toISOString());
  });

  it('returns the same state for events that change nothing', () => {
    const s = emptyTipState();
    expect(apply(s, { type: 'card_opened', app: 'gmail', tipId: 't' })).toBe(s);
    expect(apply(s, { type: 'prompt_copied', app: 'gmail' })).toBe(s);
  });

  it('never mutates the input state', () => {
    // Deep-frozen input: any in-place write would throw (modules run in strict mode).
    const start = frozen(apply(emptyTipState(), { type: 'tip_shown', app: 'gmail', tipId: 't' }));
    const before = JSON.stringify(start);
    let s = start;
    for (const type of ['tip_shown', 'prompt_copied', 'dismissed', 'dont_show', 'snoozed'] as const) {
      s = frozen(apply(s, { type, app: 'gmail', tipId: 't', viewId: 'view-0001' }));
    }
    const fromStart = apply(start, { type: 'marked_used', app: 'gmail', tipId: 't' });
    expect(JSON.stringify(start)).toBe(before);
    expect(fromStart).not.toBe(start);
    expect(TipStateSchema.safeParse(s).success).toBe(true);
  });

  it('works with tip ids that exist on Object.prototype', () => {
    const s = apply(emptyTipState(), { type: 'marked_used', app: 'gmail', tipId: 'constructor' });
    expect(s.usedCount['constructor']).toBe(1);
  });

  it('prunes expired cooldowns and snoozes, and forgets old shows', () => {
    const s: TipState = {
      ...emptyTipState(),
      cooldownUntil: { old: '2026-03-01T00:00:00.000Z', live: '2026-03-10T00:00:00.000Z' },
      snoozedUntil: { gmail: '2026-03-01T00:00:00.000Z', jira: '2026-03-10T00:00:00.000Z' },
      lastShownAt: {
        ancient: new Date(NOW.getTime() - (STATE_RETENTION_DAYS + 1) * 24 * HOUR).toISOString(),
        recent: '2026-03-08T00:00:00.000Z',
      },
    };
    const next = apply(s, { type: 'tip_shown', app: 'gmail', tipId: 'new' });
    expect(Object.keys(next.cooldownUntil)).toEqual(['live']);
    expect(Object.keys(next.snoozedUntil)).toEqual(['jira']);
    expect(Object.keys(next.lastShownAt).sort()).toEqual(['new', 'recent']);
  });

  it('caps maps and lists at MAX_STATE_IDS, dropping the oldest', () => {
    const many: Record<string, number> = {};
    for (let i = 0; i < MAX_STATE_IDS; i++) many[`tip-${i}`] = 1;
    const s = apply(
      { ...emptyTipState(), usedCount: many, dismissedForever: Object.keys(many) },
      { type: 'marked_used', app: 'gmail', tipId: 'newest' },
    );
    expect(Object.keys(s.usedCount)).toHaveLength(MAX_STATE_IDS);
    expect(s.usedCount['tip-0']).toBeUndefined();
    expect(s.usedCount['newest']).toBe(1);
    const d = apply(s, { type: 'dont_show', app: 'gmail', tipId: 'newest' });
    expect(d.dismissedForever).toHaveLength(MAX_STATE_IDS);
    expect(d.dismissedForever.at(-1)).toBe('newest');
    expect(d.dismissedForever[0]).toBe('tip-1');
  });
});

describe('parseTipState', () => {
  it('returns an empty state without problems when nothing is stored', () => {
    expect(parseTipState(undefined)).toEqual({ state: emptyTipState(), problems: [] });
  });

  it('accepts a valid state as is', () => {
    const s = apply(apply(emptyTipState(), { type: 'tip_shown', app: 'gmail', tipId: 't' }), { type: 'snoozed', app: 'jira' });
    expect(parseTipState(JSON.parse(JSON.stringify(s)))).toEqual({ state: s, problems: [] });
  });

  it('starts fresh, with a reason, when the stored value is not an object', () => {
    const r = parseTipState('garbage');
    expect(r.state).toEqual(emptyTipState());
    expect(r.problems).toEqual(['state: expected an object, got string; starting fresh']);
  });

  it('keeps every valid part and drops only the invalid ones, naming them', () => {
    const r = parseTipState({
      dismissedForever: ['keep-me', 42, 'keep-me-too'],
      cooldownUntil: { good: '2026-03-10T00:00:00.000Z', bad: 'tomorrow' },
      lastShownAt: 'not a map',
      shownToday: { day: '2026-02-30', tipIds: ['x'] },
      usedCount: { a: 2, b: -1, c: 1.5 },
      lastUseView: { a: 'view-0001', b: 'x' },
      snoozedUntil: { gmail: '2026-03-10T00:00:00.000Z', myspace: '2026-03-10T00:00:00.000Z' },
      extra: true,
    });
    expect(r.state).toEqual({
      ...emptyTipState(),
      dismissedForever: ['keep-me', 'keep-me-too'],
      cooldownUntil: { good: '2026-03-10T00:00:00.000Z' },
      usedCount: { a: 2 },
      lastUseView: { a: 'view-0001' },
      snoozedUntil: { gmail: '2026-03-10T00:00:00.000Z' },
    });
    const text = r.problems.join('\n');
    for (const part of [
      'extra: unknown key',
      'dismissedForever[1]',
      'cooldownUntil["bad"]',
      'lastShownAt: expected an object',
      'shownToday.day: not a calendar date',
      'usedCount["b"]',
      'usedCount["c"]',
      'lastUseView["b"]',
      'snoozedUntil["myspace"]',
    ]) {
      expect(text).toContain(part);
    }
    expect(r.problems).toHaveLength(9);
  });

  it('fills keys missing from an older version without complaint', () => {
    const r = parseTipState({ dismissedForever: ['a-tip'] });
    expect(r.state).toEqual({ ...emptyTipState(), dismissedForever: ['a-tip'] });
    expect(r.problems).toEqual([]);
  });
});

describe('parseTipState size caps', () => {
  it('trims a stored map that grew past MAX_STATE_IDS, saying so', () => {
    const usedCount = Object.fromEntries(Array.from({ length: MAX_STATE_IDS + 10 }, (_, i) => [`tip-${i}`, 1]));
    const r = parseTipState({ ...emptyTipState(), usedCount });
    expect(Object.keys(r.state.usedCount)).toHaveLength(MAX_STATE_IDS);
    expect(r.problems).toEqual([`usedCount: more than ${MAX_STATE_IDS} entries; the oldest dropped`]);
    expect(r.state.usedCount['tip-0']).toBeUndefined();
    expect(r.state.usedCount[`tip-${MAX_STATE_IDS + 9}`]).toBe(1);
  });
});
