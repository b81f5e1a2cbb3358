/**
 * Three months of believable usage for one employee, as the events the extension itself records:
 * a slow start, tips used on Salesforce, Jira, Gmail, Slack and Confluence (each graduating after
 * GRADUATE_AFTER_USES sittings, first steps before everyday before advanced), prompts sent in
 * ChatGPT and Claude, the odd "Not now", and a habit that sticks. Deterministic: a seeded PRNG and
 * the day calendar only, so the same `now` gives the same events.
 *
 * `recordDemoUsage` writes them through any UsageSink: the extension's own UsageStore (Dexie) in
 * the browser (test/e2e/screenshots.e2e.ts, via test/support/demo-usage.browser.ts) or memory.
 */
import { GRADUATE_AFTER_USES } from '../../lib/playbook/state';
import { loadBundledPlaybook } from '../../lib/playbook/load';
import type { Level } from '../../lib/playbook/schema';
import type { AppId } from '../../lib/sites/types';
import { DAY_START_HOUR, localDay } from '../../lib/usage/day';
import { QUALIFYING_EVENT_TYPES, UsageEventSchema, type UsageEvent, type UsageSink } from '../../lib/usage/events';
import { addDays } from '../../lib/usage/habits/calendar';

/** Thirteen weeks. */
export const DEMO_USAGE_DAYS = 91;
const DEFAULT_SEED = 16;
const MS_PER_MINUTE = 60_000;
const MINUTES_PER_HOUR = 60;
/** The working day the events fall in, local time (well after DAY_START_HOUR). */
const FIRST_MINUTE = 8 * MINUTES_PER_HOUR + 40;
const LAST_MINUTE = 17 * MINUTES_PER_HOUR + 30;
/** The pill offers at most three tips a day (the default cap). */
const MAX_TIPS_A_DAY = 3;
const LEVEL_ORDER: readonly Level[] = ['first_steps', 'everyday', 'advanced'];

/** Where this employee works, and how much: an account executive who also works in Jira. */
const APPS: readonly { app: AppId; weight: number }[] = [
  { app: 'salesforce', weight: 0.4 },
  { app: 'jira', weight: 0.2 },
  { app: 'gmail', weight: 0.2 },
  { app: 'slack', weight: 0.1 },
  { app: 'confluence', weight: 0.1 },
];
/** AI tools they send prompts in, by share. */
const TOOLS: readonly { id: string; weight: number }[] = [
  { id: 'chatgpt', weight: 0.7 },
  { id: 'claude', weight: 0.3 },
];

export interface DemoVisit {
  at: string;
  day: string;
  app: AppId;
  page: string;
}

export interface DemoUsage {
  /** Oldest first, each valid for UsageEventSchema. */
  events: UsageEvent[];
  /** Record-page visits (counters only in the store), oldest first. */
  visits: DemoVisit[];
  /** Local days with at least one AI action (what the heatmap fills), oldest first. */
  activeDays: string[];
}

export interface DemoUsageOptions {
  /** The moment "now": today's events all happen before it. */
  now: Date;
  timeZone: string;
  days?: number;
  seed?: number;
}

/** mulberry32: small, fast and the same everywhere. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T extends { weight: number }>(items: readonly T[], r: number): T {
  let acc = 0;
  for (const item of items) {
    acc += item.weight;
    if (r < acc) return item;
  }
  return items[items.length - 1] as T;
}

/** UTC offset of `timeZone` at `instant`, in minutes (east positive). */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? '0');
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return Math.round((wall - instant) / MS_PER_MINUTE);
}

/** The instant of `minute` minutes after local midnight of `day` in `timeZone`. */
function localInstant(day: string, minute: number, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d) + minute * MS_PER_MINUTE;
  // Twice: the offset at the guessed instant may differ from the one at the real one (DST).
  const first = wall - offsetMinutes(wall, timeZone) * MS_PER_MINUTE;
  return new Date(wall - offsetMinutes(first, timeZone) * MS_PER_MINUTE);
}

interface DemoTip {
  id: string;
  app: AppId;
  page: string;
  level: Level;
  minutesSaved: number;
}

/** The bundled tips of the demo's apps, first steps first (the order the matcher offers them in). */
function tipQueues(): Map<AppId, DemoTip[]> {
  const queues = new Map<AppId, DemoTip[]>();
  for (const { app } of APPS) {
    const tips = loadBundledPlaybook()
      .filter((t) => t.where.app === app)
      .map((t): DemoTip => {
        const page = Array.isArray(t.where.page) ? t.where.page[0] : t.where.page;
        return { id: t.id, app, page: page ?? 'record', level: t.level, minutesSaved: t.minutesSaved };
      })
      .sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level));
    queues.set(app, tips);
  }
  return queues;
}

/** A random id of one card opening, the shape the card makes (8-64 of [A-Za-z0-9-]). */
function viewId(rand: () => number): string {
  return Array.from({ length: 16 }, () => Math.floor(rand() * 36).toString(36)).join('');
}

/**
 * The usage of the `days` local days up to and including today (the day of `now`). Workdays are
 * Monday to Friday; the chance of using AI on one rises from about two in three to nearly every
 * day, weekends see the odd prompt, and today is active once its working day has begun.
 */
export function demoUsage(options: DemoUsageOptions): DemoUsage {
  const { now, timeZone } = options;
  const days = options.days ?? DEMO_USAGE_DAYS;
  const rand = prng(options.seed ?? DEFAULT_SEED);
  const today = localDay(now, timeZone);
  const queues = tipQueues();
  const sittings = new Map<string, number>();
  const events: UsageEvent[] = [];
  const visits: DemoVisit[] = [];
  const activeDays: string[] = [];

  for (let back = days - 1; back >= 0; back--) {
    const day = addDays(today, -back);
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    const workday = weekday >= 1 && weekday <= 5;
    const ramp = 1 - back / days; // 0 three months ago, 1 today
    const chance = workday ? 0.84 + 0.15 * ramp : 0.22;
    const isToday = back === 0;
    // Today counts only once the working day has begun (an early "now" leaves it empty).
    const todayLimit = isToday ? minutesIntoDay(now, timeZone) - 5 : LAST_MINUTE;
    if (isToday ? todayLimit < FIRST_MINUTE + 60 : rand() > chance) {
      // A day without AI still has work in the apps: a couple of record visits, a tip not taken.
      if (workday) {
        const { app } = pick(APPS, rand());
        const at = localInstant(day, FIRST_MINUTE + Math.floor(rand() * 240), timeZone);
        visits.push({ at: at.toISOString(), day, app, page: 'record' });
      }
      continue;
    }
    const lastMinute = Math.min(LAST_MINUTE, todayLimit);
    let minute = FIRST_MINUTE + Math.floor(rand() * 50);
    const dayEvents: UsageEvent[] = [];
    const stamp = (at: Date) => ({ at: at.toISOString(), timeZone, day });
    const next = (gap: number): Date => {
      minute = Math.min(lastMinute, minute + gap);
      return localInstant(day, minute, timeZone);
    };

    // Tip sittings: one most days, a second now and then as the habit forms (the pill offers at
    // most three a day), so the playbook lasts the three months with tips still to come.
    const sittingsToday = Math.min(MAX_TIPS_A_DAY, (rand() < 0.6 + 0.3 * ramp ? 1 : 0) + (rand() < 0.35 * ramp ? 1 : 0));
    for (let s = 0; s < sittingsToday; s++) {
      const { app } = pick(APPS, rand());
      const queue = queues.get(app) ?? [];
      const tip = queue.find((t) => (sittings.get(t.id) ?? 0) < GRADUATE_AFTER_USES);
      visits.push({ at: next(20 + Math.floor(rand() * 40)).toISOString(), day, app, page: tip?.page ?? 'record' });
      if (tip === undefined) continue; // every tip of this app has graduated
      const where = { app, page: tip.page, tipId: tip.id };
      dayEvents.push({ ...stamp(next(1)), type: 'tip_shown', ...where });
      if (rand() < 0.15) {
        // Seen and left, or "Not now".
        if (rand() < 0.5) dayEvents.push({ ...stamp(next(1)), type: 'dismissed', ...where });
        continue;
      }
      const view = viewId(rand);
      const tool = pick(TOOLS, rand()).id;
      dayEvents.push({ ...stamp(next(2)), type: 'card_opened', ...where, viewId: view });
      if (rand() < 0.55) {
        dayEvents.push({ ...stamp(next(1)), type: 'ai_opened', ...where, viewId: view, toolId: tool });
        dayEvents.push({ ...stamp(next(0)), type: 'ai_session', toolId: tool });
      } else {
        dayEvents.push({ ...stamp(next(1)), type: 'prompt_copied', ...where, viewId: view });
        dayEvents.push({ ...stamp(next(1)), type: 'ai_session', toolId: tool });
      }
      dayEvents.push({ ...stamp(next(1 + Math.floor(rand() * 3))), type: 'ai_prompt', toolId: tool });
      if (rand() < 0.7) {
        dayEvents.push({ ...stamp(next(3)), type: 'marked_used', ...where, viewId: view, minutesSaved: tip.minutesSaved });
      }
      if (rand() < 0.45) dayEvents.push({ ...stamp(next(1)), type: rand() < 0.85 ? 'helpful' : 'not_helpful', ...where });
      sittings.set(tip.id, (sittings.get(tip.id) ?? 0) + 1);
    }

    // AI used on their own: prompts in ChatGPT or Claude, more of them as the habit forms.
    // An AI day has at least one AI action even when every tip was waved away.
    const tipUse = dayEvents.some((e) => QUALIFYING_EVENT_TYPES.includes(e.type));
    const ownPrompts = Math.max(tipUse ? 0 : 1, Math.floor(rand() * (1 + 4 * ramp)));
    for (let p = 0; p < ownPrompts; p++) {
      const tool = pick(TOOLS, rand()).id;
      dayEvents.push({ ...stamp(next(25 + Math.floor(rand() * 60))), type: 'ai_session', toolId: tool });
      dayEvents.push({ ...stamp(next(2)), type: 'ai_prompt', toolId: tool });
      if (rand() < 0.4) dayEvents.push({ ...stamp(next(4)), type: 'ai_prompt', toolId: tool });
    }
    // Now and then AI elsewhere, logged from the popup.
    if (rand() < 0.1) dayEvents.push({ ...stamp(next(30)), type: 'manual_log' });

    for (const e of dayEvents) events.push(UsageEventSchema.parse(e));
    if (dayEvents.some((e) => QUALIFYING_EVENT_TYPES.includes(e.type))) activeDays.push(day);
  }
  // Stamps only move forward within a day and days are in order; visits interleave by time.
  events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  visits.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const e of events) {
    if (localDay(new Date(e.at), timeZone) !== e.day) throw new Error(`demoUsage: ${e.at} is not on ${e.day} in ${timeZone}`);
    if (e.at > now.toISOString()) throw new Error(`demoUsage: ${e.at} is after now (${now.toISOString()})`);
  }
  return { events, visits, activeDays };
}

/** Minutes since local midnight of `instant` in `timeZone` (days start at DAY_START_HOUR, not 0). */
function minutesIntoDay(instant: Date, timeZone: string): number {
  const day = localDay(instant, timeZone);
  const midnight = localInstant(day, 0, timeZone).getTime();
  const minutes = Math.floor((instant.getTime() - midnight) / MS_PER_MINUTE);
  return Math.max(DAY_START_HOUR * MINUTES_PER_HOUR, minutes);
}

/**
 * Writes the usage through `sink` in time order (events and visits interleaved), exactly as the
 * background would have recorded it live: each event folds into its day's rollup and links
 * AI-informed tasks in the store's own transaction.
 */
export async function recordDemoUsage(sink: UsageSink, usage: Pick<DemoUsage, 'events' | 'visits'>): Promise<void> {
  let v = 0;
  for (const event of usage.events) {
    while (v < usage.visits.length && (usage.visits[v] as DemoVisit).at <= event.at) {
      const visit = usage.visits[v++] as DemoVisit;
      await sink.countVisit(visit.day, visit.app, visit.page);
    }
    await sink.record(event);
  }
  for (; v < usage.visits.length; v++) {
    const visit = usage.visits[v] as DemoVisit;
    await sink.countVisit(visit.day, visit.app, visit.page);
  }
}
