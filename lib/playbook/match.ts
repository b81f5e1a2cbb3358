import type { AppId, PageContext } from '../sites/types';
import { LEVELS, type Level, type Tip, type TipWhere } from './schema';
import { DEFAULT_CAPS, GRADUATE_AFTER_USES, own, type Caps, type TipState } from './state';

const HOUR_MS = 60 * 60 * 1000;
const LEVEL_INDEX: Readonly<Record<Level, number>> = { first_steps: 0, everyday: 1, advanced: 2 };

/** A tip's `where`, normalised once: lists of pages and lower-case objects (null = any). */
interface CompiledWhere {
  pages: readonly string[] | null;
  objects: readonly string[] | null;
  /** object match (2) + page match (1): more specific tips rank first. */
  specificity: number;
}

// Tips are immutable once loaded, so their normalised forms can be cached by identity.
const compiled = new WeakMap<TipWhere, CompiledWhere>();

function compile(where: TipWhere): CompiledWhere {
  let c = compiled.get(where);
  if (c === undefined) {
    const pages = where.page === undefined ? null : typeof where.page === 'string' ? [where.page] : [...where.page];
    const objects =
      where.object === undefined
        ? null
        : (typeof where.object === 'string' ? [where.object] : where.object).map((o) => o.toLowerCase());
    c = { pages, objects, specificity: (objects ? 2 : 0) + (pages ? 1 : 0) };
    compiled.set(where, c);
  }
  return c;
}

function matchesCompiled(c: CompiledWhere, page: string, objectLower: string | undefined): boolean {
  if (c.pages !== null && !c.pages.includes(page)) return false;
  if (c.objects !== null && (objectLower === undefined || !c.objects.includes(objectLower))) return false;
  return true;
}

/** Does a tip's `where` cover this page? Page kinds compare exactly, objects case-insensitively. */
export function matchesWhere(where: TipWhere, ctx: PageContext): boolean {
  return where.app === ctx.app && matchesCompiled(compile(where), ctx.page, ctx.object?.toLowerCase());
}

/** A tip with what the matcher needs precomputed. */
interface Entry {
  tip: Tip;
  /** Authored position: the last tie-breaker. */
  index: number;
  where: CompiledWhere;
  level: number;
}
interface TipIndex {
  length: number;
  byApp: Map<AppId, Entry[]>;
}

// Playbooks are loaded once and matched on every navigation: group each array's tips by app once.
// The length check catches an array that was appended to after it was indexed.
const indexes = new WeakMap<readonly Tip[], TipIndex>();
function indexOf(tips: readonly Tip[]): TipIndex {
  let idx = indexes.get(tips);
  if (idx === undefined || idx.length !== tips.length) {
    const byApp = new Map<AppId, Entry[]>();
    tips.forEach((tip, index) => {
      let list = byApp.get(tip.where.app);
      if (list === undefined) byApp.set(tip.where.app, (list = []));
      list.push({ tip, index, where: compile(tip.where), level: LEVEL_INDEX[tip.level] });
    });
    idx = { length: tips.length, byApp };
    indexes.set(tips, idx);
  }
  return idx;
}
const NO_ENTRIES: readonly Entry[] = [];

// Id lists from storage or policy become Sets once per list (lists are replaced, never mutated).
const idSets = new WeakMap<readonly string[], ReadonlySet<string>>();
function idSet(ids: readonly string[]): ReadonlySet<string> {
  let s = idSets.get(ids);
  if (s === undefined) {
    s = new Set(ids);
    idSets.set(ids, s);
  }
  return s;
}
const NO_IDS: readonly string[] = [];

// State maps are replaced by the reducer, never mutated, and hold every tip ever shown (up to
// MAX_STATE_IDS): converting a whole map after each tip event cost more than the match itself.
// So only the keys a match looks at are read, and each instant is parsed once per (map, key).
const instants = new WeakMap<object, Map<string, number>>();
function instantOf(map: Readonly<Record<string, string>>, id: string): number | undefined {
  let parsed = instants.get(map);
  if (parsed === undefined) {
    parsed = new Map();
    instants.set(map, parsed);
  }
  let ms = parsed.get(id);
  if (ms === undefined) {
    const iso = own(map, id);
    if (iso === undefined) return undefined;
    ms = Date.parse(iso);
    parsed.set(id, ms);
  }
  return ms;
}

/**
 * One sortable number per candidate, lower is better: specificity, then level (the lead level
 * first, levels above it next, mastered levels below it last), then unused, then authored order.
 */
function rankKey(e: Entry, n: number, lead: number, usedBefore: boolean): number {
  const spec = 3 - e.where.specificity; // 0..3
  const level = e.level >= lead ? e.level - lead : LEVELS.length + (lead - e.level); // 0..2*LEVELS.length-1
  return ((spec * (2 * LEVELS.length) + level) * 2 + (usedBefore ? 1 : 0)) * n + e.index;
}

export interface MatchOptions {
  now: Date;
  /** Local day ('YYYY-MM-DD', see localDay) that the daily cap counts in. */
  day: string;
  caps?: Partial<Caps>;
  /** Tip ids switched off by the company policy. */
  disabledTips?: readonly string[];
}

/**
 * The tips that may be offered on this page now, best first. Pure.
 * Fatigue: dismissed for ever, graduated, resting after "Not now", app snoozed, resting after a
 * day it was shown on, and at most `tipsPerDay` distinct tips a day. Ranking: specificity, then
 * coaching level (the first level with open tips for this app leads), then unused, then authored order.
 */
export function matchTips(ctx: PageContext, tips: readonly Tip[], state: TipState, opts: MatchOptions): Tip[] {
  const nowMs = opts.now.getTime();
  const snoozed = own(state.snoozedUntil, ctx.app);
  if (snoozed !== undefined && Date.parse(snoozed) > nowMs) return [];
  const tipsPerDay = opts.caps?.tipsPerDay ?? DEFAULT_CAPS.tipsPerDay;
  const restMs = (opts.caps?.cooldownHours ?? DEFAULT_CAPS.cooldownHours) * HOUR_MS;

  const shownToday = state.shownToday.day === opts.day ? state.shownToday.tipIds : NO_IDS;
  const dismissed = idSet(state.dismissedForever);
  const disabled = idSet(opts.disabledTips ?? NO_IDS);
  const objectLower = ctx.object?.toLowerCase();
  const used = state.usedCount;

  // `open` marks levels that still have tips of this app not yet graduated or dismissed.
  const entries = indexOf(tips).byApp.get(ctx.app) ?? NO_ENTRIES;
  const candidates: Entry[] = [];
  const open = [false, false, false];
  for (const e of entries) {
    const id = e.tip.id;
    const graduated = (own(used, id) ?? 0) >= GRADUATE_AFTER_USES;
    if (graduated || dismissed.has(id)) continue;
    open[e.level] = true;
    if (disabled.has(id)) continue;
    if (!matchesCompiled(e.where, ctx.page, objectLower)) continue;
    if ((instantOf(state.cooldownUntil, id) ?? 0) > nowMs) continue;
    if (!shownToday.includes(id)) {
      // Shown on an earlier day: rest for the cooldown. Shown today: stays, so SPA navigation
      // doesn't make the pill flicker.
      const last = instantOf(state.lastShownAt, id);
      if (last !== undefined && last + restMs > nowMs) continue;
    }
    candidates.push(e);
  }
  if (candidates.length === 0) return [];

  const lead = Math.max(0, open.indexOf(true));
  const n = tips.length;
  // Only the best `freshLeft` new tips can be offered: keep those in a small sorted array instead
  // of sorting every candidate.
  const freshLeft = Math.max(0, tipsPerDay - shownToday.length);
  const picked: number[] = [];
  const fresh: number[] = [];
  for (const e of candidates) {
    const key = rankKey(e, n, lead, (own(used, e.tip.id) ?? 0) > 0);
    if (shownToday.includes(e.tip.id)) picked.push(key);
    else if (freshLeft > 0 && (fresh.length < freshLeft || key < (fresh[fresh.length - 1] as number))) {
      let at = fresh.length;
      while (at > 0 && (fresh[at - 1] as number) > key) at--;
      fresh.splice(at, 0, key);
      if (fresh.length > freshLeft) fresh.pop();
    }
  }
  for (const key of fresh) picked.push(key);
  picked.sort((a, b) => a - b);
  const result: Tip[] = [];
  for (const key of picked) result.push(tips[key % n] as Tip);
  return result;
}
