/**
 * Synthetic heavy-user history for the usage-store benches (same idea and mix as
 * bench/usage-store.bench.ts, which exports no generator): 60 events on every workday, folded into
 * day rollups with the store's own math. Deterministic (seeded PRNG), so runs are comparable.
 * Imported by the Chromium page bundle too: no Node APIs here.
 */
import type { UsageEvent, UsageEventType } from '../../lib/usage/events';
import { emptyPending, linkInformed } from '../../lib/usage/informed';
import { emptyRollup, type DayRollup } from '../../lib/usage/rollup';
import { applyEventToRollup } from '../../lib/usage/rollup-apply';
import type { AppId } from '../../lib/sites/types';

export const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;
export const DAYS_PER_YEAR = 365;
export const RETENTION_DAYS = 180;
const WORKDAY_START_HOUR_UTC = 8;
/** 60 events spread over an 8-hour working day. */
const MINUTES_BETWEEN_EVENTS = 8;
const TIPS_PER_APP = 20;
const SEED = 0x1a57;
const TIME_ZONE = 'Europe/Berlin';
/** "Today" for every bench: histories end the day before. */
export const END = Date.parse('2026-03-02T00:00:00.000Z');

/** The day's event mix (60 events), shuffled per day. */
const DAY_MIX: readonly [UsageEventType, number][] = [
  ['tip_shown', 15],
  ['card_opened', 8],
  ['prompt_copied', 6],
  ['ai_opened', 3],
  ['marked_used', 3],
  ['dismissed', 3],
  ['ai_session', 8],
  ['ai_prompt', 12],
  ['manual_log', 2],
];
const APPS: readonly AppId[] = ['salesforce', 'gmail', 'jira', 'zendesk', 'slack'];
const TOOLS = ['chatgpt', 'copilot', 'claude'] as const;

export const dayString = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function isWorkday(ms: number): boolean {
  const weekday = new Date(ms).getUTCDay();
  return weekday >= 1 && weekday <= 5;
}

export interface Synthetic {
  events: UsageEvent[];
  rollups: DayRollup[];
}

export interface Generator {
  /** `days` days of heavy use ending the day before END. */
  history(days: number): Synthetic;
  /** `n` events from `from` on, a workday's worth per day. */
  fresh(n: number, from: number): UsageEvent[];
}

export function generator(seed = SEED): Generator {
  // mulberry32
  let a = seed >>> 0;
  const rand = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const hex = (n: number): string => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');
  const uuid = (): string => `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`;

  function workday(dayStart: number): UsageEvent[] {
    const types = DAY_MIX.flatMap(([type, n]) => Array.from({ length: n }, () => type));
    for (let i = types.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [types[i], types[j]] = [types[j] as UsageEventType, types[i] as UsageEventType];
    }
    const day = dayString(dayStart);
    let viewId = uuid();
    let app = pick(APPS);
    return types.map((type, i): UsageEvent => {
      const at = new Date(dayStart + WORKDAY_START_HOUR_UTC * 60 * MS_PER_MINUTE + i * MINUTES_BETWEEN_EVENTS * MS_PER_MINUTE).toISOString();
      const stamp = { at, timeZone: TIME_ZONE, day };
      if (type === 'manual_log') return { type, ...stamp };
      if (type === 'ai_session' || type === 'ai_prompt') return { type, toolId: pick(TOOLS), ...stamp };
      if (type === 'card_opened') {
        viewId = uuid();
        app = pick(APPS);
      }
      const base = { app, page: 'record', tipId: `${app}-tip-${Math.floor(rand() * TIPS_PER_APP)}`, ...stamp };
      if (type === 'ai_opened') return { type, ...base, viewId, toolId: pick(TOOLS) };
      if (type === 'marked_used') return { type, ...base, viewId, minutesSaved: 10 };
      if (type === 'card_opened' || type === 'prompt_copied') return { type, ...base, viewId };
      return { type, ...base };
    });
  }

  return {
    history(days) {
      const events: UsageEvent[] = [];
      const rollups: DayRollup[] = [];
      let pending = emptyPending();
      for (let d = days; d >= 1; d--) {
        const start = END - d * MS_PER_DAY;
        if (!isWorkday(start)) continue;
        let rollup = emptyRollup(dayString(start));
        for (const e of workday(start)) {
          const link = linkInformed(pending, e);
          pending = link.pending;
          rollup = applyEventToRollup(rollup, e, link.informedApp ? { informedApp: link.informedApp } : {});
          events.push(e);
        }
        rollups.push(rollup);
      }
      return { events, rollups };
    },
    fresh(n, from) {
      const out: UsageEvent[] = [];
      for (let d = 0; out.length < n; d++) {
        for (const e of workday(from + d * MS_PER_DAY)) if (out.length < n) out.push(e);
      }
      return out;
    },
  };
}
