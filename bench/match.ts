/**
 * Playbook matching with 1 000 tips: `matchTips` (lib/playbook/match.ts) as the background runs it
 * on every navigation. Runs in Node (same V8 engine as the extension's service worker, no DOM
 * involved), timing each call with performance.now(). Side by side: a bare linear
 * `tips.filter(matchesWhere)` scan with no fatigue rules or ranking, the floor for any matcher.
 */
import { performance } from 'node:perf_hooks';
import { matchTips, matchesWhere, type MatchOptions } from '../lib/playbook/match';
import { TipSchema, type Level, type Tip } from '../lib/playbook/schema';
import { emptyTipState, type TipState } from '../lib/playbook/state';
import { APP_IDS, type PageContext } from '../lib/sites/types';
import { fmtUs, median, p95, table, verdict } from './lib/stats';

const TIPS = 1_000;
const PAGES = ['record', 'list', 'home', 'inbox', 'compose', 'thread', 'search', 'dashboard'] as const;
const OBJECTS = ['Opportunity', 'Case', 'Account', 'Lead', 'incident', 'ticket', 'deal', 'issue'] as const;
const LEVELS: readonly Level[] = ['first_steps', 'everyday', 'advanced'];
const NOW = new Date('2026-03-09T15:00:00.000Z');
const DAY = '2026-03-09';
const HOUR_MS = 3_600_000;
const WARMUP_CALLS = 500;
export const MATCH_BUDGET_P95_MS = 0.2;

/** Deterministic: tip i's app, page, object and level cycle through the tables. */
function makeTips(): Tip[] {
  return Array.from({ length: TIPS }, (_, i) => {
    const app = APP_IDS[i % APP_IDS.length] as (typeof APP_IDS)[number];
    const where =
      i % 4 === 0
        ? { app }
        : i % 4 === 1
          ? { app, page: PAGES[i % PAGES.length] as string }
          : i % 4 === 2
            ? { app, page: ['record', 'list'], object: OBJECTS[i % OBJECTS.length] as string }
            : { app, object: [OBJECTS[i % OBJECTS.length] as string, OBJECTS[(i + 3) % OBJECTS.length] as string] };
    return TipSchema.parse({
      id: `bench-tip-${i}`,
      where,
      title: `Bench tip number ${i}`,
      why: 'Because a synthetic playbook needs a reason.',
      prompt: 'Summarise {{recordName}} for me: [paste it here].',
      gap: 'clarity',
      minutesSaved: 5,
      level: LEVELS[i % LEVELS.length],
    });
  });
}

/** A lived-in state: a month of use touching a fifth of the tips. */
function makeState(tips: readonly Tip[]): TipState {
  const s = emptyTipState();
  tips.forEach((t, i) => {
    if (i % 5 !== 0) return;
    s.usedCount[t.id] = i % 4;
    s.lastShownAt[t.id] = new Date(NOW.getTime() - (i % 72) * HOUR_MS).toISOString();
    if (i % 15 === 0) s.cooldownUntil[t.id] = new Date(NOW.getTime() + (i % 48) * HOUR_MS - 24 * HOUR_MS).toISOString();
    if (i % 25 === 0) s.dismissedForever.push(t.id);
  });
  s.shownToday = { day: DAY, tipIds: [tips[0]?.id ?? '', tips[19]?.id ?? ''] };
  return s;
}

function contexts(): PageContext[] {
  return APP_IDS.flatMap((app, i) => [
    { app, page: 'record', object: OBJECTS[i % OBJECTS.length], recordId: `R${i}` },
    { app, page: PAGES[i % PAGES.length] as string },
  ]);
}

/** Shallow copies: the reducer replaces state maps on every change, so per-object caches are cold. */
const replaced = (s: TipState): TipState => ({
  ...s,
  dismissedForever: [...s.dismissedForever],
  cooldownUntil: { ...s.cooldownUntil },
  lastShownAt: { ...s.lastShownAt },
  usedCount: { ...s.usedCount },
});

function time(calls: number, fn: (i: number) => unknown): number[] {
  const out: number[] = [];
  let sink = 0;
  for (let i = 0; i < calls; i++) {
    const t = performance.now();
    const r = fn(i);
    out.push(performance.now() - t);
    if (Array.isArray(r)) sink += r.length;
  }
  if (sink < 0) throw new Error('unreachable'); // keeps results observable so V8 cannot drop the calls
  return out;
}

export interface MatchResult {
  markdown: string;
  p95Ms: number;
  holds: boolean;
}

export function runMatch(calls: number): MatchResult {
  const tips = makeTips();
  const state = makeState(tips);
  const ctxs = contexts();
  const opts: MatchOptions = { now: NOW, day: DAY };
  const ctx = (i: number): PageContext => ctxs[i % ctxs.length] as PageContext;

  time(WARMUP_CALLS, (i) => matchTips(ctx(i), tips, state, opts));
  time(WARMUP_CALLS, (i) => tips.filter((t) => matchesWhere(t.where, ctx(i))));

  const states = Array.from({ length: calls }, () => replaced(state));
  const coldTipArrays = Array.from({ length: Math.min(calls, 200) }, () => [...tips]);
  const rows: [string, number[]][] = [
    ['baseline: tips.filter(matchesWhere), no fatigue rules', time(calls, (i) => tips.filter((t) => matchesWhere(t.where, ctx(i))))],
    ['matchTips, same playbook and state (steady navigation)', time(calls, (i) => matchTips(ctx(i), tips, state, opts))],
    ['matchTips, state replaced before every call (after a tip event)', time(calls, (i) => matchTips(ctx(i), tips, states[i] as TipState, opts))],
    [
      'matchTips, new playbook array + new state (first match after a playbook load)',
      time(coldTipArrays.length, (i) => matchTips(ctx(i), coldTipArrays[i] as Tip[], states[i] as TipState, opts)),
    ],
  ];
  const steady = rows[2]?.[1] ?? [];
  const p95Ms = p95(steady);
  const markdown = [
    `Node ${process.version} (V8, like the service worker; no DOM involved), ${TIPS} tips over ${APP_IDS.length} apps, ${ctxs.length} page contexts in rotation, ${calls} timed calls after ${WARMUP_CALLS} warm-up calls.`,
    '',
    table(
      ['Case', 'n', 'p50', 'p95', 'p95 vs baseline'],
      rows.map(([label, samples]) => [
        label,
        String(samples.length),
        fmtUs(median(samples)),
        fmtUs(p95(samples)),
        `${(p95(samples) / p95(rows[0]?.[1] ?? [])).toFixed(2)}×`,
      ]),
    ),
    '',
    `Budget (≤ ${MATCH_BUDGET_P95_MS} ms p95, judged on "state replaced before every call", the realistic worst steady case): ${verdict(p95Ms <= MATCH_BUDGET_P95_MS)}.`,
  ].join('\n');
  return { markdown, p95Ms, holds: p95Ms <= MATCH_BUDGET_P95_MS };
}
