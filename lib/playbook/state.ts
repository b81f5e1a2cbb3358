import { z } from 'zod';
import { APP_IDS, type AppId } from '../sites/types';
import { USE_EVENT_TYPES, type UsageEventType } from '../usage/events';

/** Fatigue limits. An admin policy may tighten or loosen them within CapsSchema's bounds. */
export const CapsSchema = z
  .object({
    /** Distinct tips offered per local day, across all apps. */
    tipsPerDay: z.number().int().min(0).max(50),
    /** How long a tip rests after "Not now" and after a day it was shown on. */
    cooldownHours: z.number().min(0).max(24 * 90),
  })
  .strict();
export type Caps = z.infer<typeof CapsSchema>;

export const DEFAULT_CAPS: Readonly<Caps> = Object.freeze({ tipsPerDay: 3, cooldownHours: 24 });
/** "Snooze this app" lasts a day. */
export const SNOOZE_HOURS = 24;
/** After this many uses the employee knows the move: the tip stops being offered. */
export const GRADUATE_AFTER_USES = 3;
/** Entries older than this are forgotten, so storage can't grow without bound. */
export const STATE_RETENTION_DAYS = 90;
/** Most tip ids any one map or list keeps (the oldest go first). */
export const MAX_STATE_IDS = 2000;

/** Most problems parseTipState reports one by one. */
const MAX_PROBLEMS = 50;
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

const TipIdSchema = z.string().min(1).max(64);
const AppKeySchema = z.enum(APP_IDS);
const IsoSchema = z.iso.datetime({ offset: true });
const ViewIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);
export const DaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((d) => new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a calendar date');

const ShownTodaySchema = z.object({ day: DaySchema, tipIds: z.array(TipIdSchema).max(MAX_STATE_IDS) }).strict();

/** The employee's tip fatigue state, kept in extension storage. Tip ids only, never page content. */
export const TipStateSchema = z
  .object({
    /** "Don't show again". */
    dismissedForever: z.array(TipIdSchema).max(MAX_STATE_IDS),
    /** tipId -> ISO instant until which the tip rests ("Not now"). */
    cooldownUntil: z.record(TipIdSchema, IsoSchema),
    /** tipId -> ISO instant it was last offered. */
    lastShownAt: z.record(TipIdSchema, IsoSchema),
    /** Distinct tips offered on the local day `day`. */
    shownToday: ShownTodaySchema,
    /** tipId -> times used (copy, open in AI, "I used AI for this"), once per card view. */
    usedCount: z.record(TipIdSchema, z.number().int().min(0)),
    /** tipId -> the card view that last counted a use. */
    lastUseView: z.record(TipIdSchema, ViewIdSchema),
    /** app -> ISO instant until which the app is snoozed. */
    snoozedUntil: z.partialRecord(AppKeySchema, IsoSchema),
  })
  .strict();
export type TipState = z.infer<typeof TipStateSchema>;

export function emptyTipState(): TipState {
  return {
    dismissedForever: [],
    cooldownUntil: {},
    lastShownAt: {},
    shownToday: { day: '1970-01-01', tipIds: [] },
    usedCount: {},
    lastUseView: {},
    snoozedUntil: {},
  };
}

/** Own-property read: "constructor" is a valid tip id and must not find Object.prototype's. */
export function own<V>(map: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

type MapKey = 'cooldownUntil' | 'lastShownAt' | 'usedCount' | 'lastUseView';
const MAP_KEYS: readonly MapKey[] = ['cooldownUntil', 'lastShownAt', 'usedCount', 'lastUseView'];
const MAP_VALUE_SCHEMAS = {
  cooldownUntil: IsoSchema,
  lastShownAt: IsoSchema,
  usedCount: z.number().int().min(0),
  lastUseView: ViewIdSchema,
} as const;

function firstIssue(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'invalid';
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseMap<V>(
  key: string,
  raw: unknown,
  keySchema: z.ZodType<string>,
  valueSchema: z.ZodType<V>,
  problems: string[],
): Record<string, V> {
  const out: Record<string, V> = {};
  if (!isObject(raw)) {
    problems.push(`${key}: expected an object; reset`);
    return out;
  }
  for (const [k, v] of Object.entries(raw)) {
    const kr = keySchema.safeParse(k);
    if (!kr.success) {
      problems.push(`${key}["${k.slice(0, 64)}"]: ${firstIssue(kr.error)}; dropped`);
      continue;
    }
    const vr = valueSchema.safeParse(v);
    if (!vr.success) {
      problems.push(`${key}["${k}"]: ${firstIssue(vr.error)}; dropped`);
      continue;
    }
    out[k] = vr.data;
  }
  if (Object.keys(out).length > MAX_STATE_IDS) {
    problems.push(`${key}: more than ${MAX_STATE_IDS} entries; the oldest dropped`);
    return capEntries(out);
  }
  return out;
}

function parseIdList(key: string, raw: unknown, problems: string[]): string[] {
  if (!Array.isArray(raw)) {
    problems.push(`${key}: expected an array; reset`);
    return [];
  }
  const out: string[] = [];
  const seen = new Set<string>();
  raw.forEach((v, i) => {
    const r = TipIdSchema.safeParse(v);
    if (!r.success) problems.push(`${key}[${i}]: ${firstIssue(r.error)}; dropped`);
    else if (!seen.has(r.data)) {
      seen.add(r.data);
      out.push(r.data);
    }
  });
  // Keep the newest (appended last) when over the cap.
  if (out.length > MAX_STATE_IDS) {
    problems.push(`${key}: more than ${MAX_STATE_IDS} ids; the oldest dropped`);
    return out.slice(out.length - MAX_STATE_IDS);
  }
  return out;
}

/**
 * Read stored state. Keeps every valid part and drops only what is invalid, with a reason: one bad
 * entry must not reset the employee's dismissals and graduations. Nothing stored yet is not a problem.
 */
export function parseTipState(raw: unknown): { state: TipState; problems: string[] } {
  const state = emptyTipState();
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { state, problems };
  if (!isObject(raw)) {
    problems.push(`state: expected an object, got ${Array.isArray(raw) ? 'an array' : typeof raw}; starting fresh`);
    return { state, problems };
  }
  const whole = TipStateSchema.safeParse(raw);
  // Valid and within the size caps: the common case, taken as is.
  if (whole.success && MAP_KEYS.every((k) => Object.keys(whole.data[k]).length <= MAX_STATE_IDS)) {
    return { state: whole.data, problems };
  }

  const known = new Set<string>(Object.keys(TipStateSchema.shape));
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) problems.push(`${key}: unknown key; ignored`);
  }
  // Missing keys (e.g. state written by an older version) quietly start empty.
  if (raw.dismissedForever !== undefined) state.dismissedForever = parseIdList('dismissedForever', raw.dismissedForever, problems);
  for (const key of MAP_KEYS) {
    if (raw[key] === undefined) continue;
    const schema: z.ZodType<string | number> = MAP_VALUE_SCHEMAS[key];
    const parsed = parseMap(key, raw[key], TipIdSchema, schema, problems);
    if (key === 'usedCount') state.usedCount = parsed as Record<string, number>;
    else state[key] = parsed as Record<string, string>;
  }
  if (raw.snoozedUntil !== undefined) {
    state.snoozedUntil = parseMap('snoozedUntil', raw.snoozedUntil, AppKeySchema, IsoSchema, problems);
  }
  if (raw.shownToday !== undefined) {
    const r = ShownTodaySchema.safeParse(raw.shownToday);
    if (r.success) state.shownToday = r.data;
    else {
      const issue = r.error.issues[0];
      const where = issue && issue.path.length > 0 ? `.${issue.path.map(String).join('.')}` : '';
      problems.push(`shownToday${where}: ${issue?.message ?? 'invalid'}; reset`);
    }
  }
  // A badly corrupted store must not flood the log.
  if (problems.length > MAX_PROBLEMS) {
    const more = problems.length - MAX_PROBLEMS;
    return { state, problems: [...problems.slice(0, MAX_PROBLEMS), `...and ${more} more`] };
  }
  return { state, problems };
}

/** What the reducer needs from a usage event. */
export interface TipEvent {
  type: UsageEventType;
  app: AppId;
  tipId?: string;
  viewId?: string;
}

function isUse(type: UsageEventType): boolean {
  return USE_EVENT_TYPES.includes(type);
}

/** Drop entries whose time is before `cutoff` (ms); returns the same object when nothing changed. */
function pruneBefore<K extends string>(
  map: Partial<Record<K, string>>,
  cutoff: number,
): Partial<Record<K, string>> {
  let out: Partial<Record<K, string>> | undefined;
  for (const [k, v] of Object.entries(map) as [K, string | undefined][]) {
    if (v === undefined || Date.parse(v) < cutoff) {
      out ??= { ...map };
      delete out[k];
    }
  }
  return out ?? map;
}

/** Keep at most MAX_STATE_IDS entries, dropping the earliest inserted. */
function capEntries<V>(map: Record<string, V>): Record<string, V> {
  const keys = Object.keys(map);
  if (keys.length <= MAX_STATE_IDS) return map;
  const out: Record<string, V> = {};
  for (const k of keys.slice(keys.length - MAX_STATE_IDS)) out[k] = map[k] as V;
  return out;
}

/** Re-insert so the key counts as newest for capEntries. */
function withEntry<V>(map: Record<string, V>, key: string, value: V): Record<string, V> {
  const out: Record<string, V> = { ...map };
  delete out[key];
  out[key] = value;
  return capEntries(out);
}

function prune(state: TipState, now: Date): TipState {
  const t = now.getTime();
  const cooldownUntil = pruneBefore(state.cooldownUntil, t) as Record<string, string>;
  const snoozedUntil = pruneBefore(state.snoozedUntil, t);
  const lastShownAt = pruneBefore(state.lastShownAt, t - STATE_RETENTION_DAYS * DAY_MS) as Record<string, string>;
  if (
    cooldownUntil === state.cooldownUntil &&
    snoozedUntil === state.snoozedUntil &&
    lastShownAt === state.lastShownAt
  ) {
    return state;
  }
  return { ...state, cooldownUntil, snoozedUntil, lastShownAt };
}

/**
 * Pure reducer: the new fatigue state after one usage event. Never mutates `state`; returns it
 * unchanged when the event changes nothing (e.g. a tip event without a tip id).
 */
export function applyTipEvent(state: TipState, event: TipEvent, now: Date, day: string, caps: Caps): TipState {
  const { tipId } = event;
  const iso = now.toISOString();
  let next: TipState = state;

  if (event.type === 'snoozed') {
    const until = new Date(now.getTime() + SNOOZE_HOURS * HOUR_MS).toISOString();
    next = { ...state, snoozedUntil: { ...state.snoozedUntil, [event.app]: until } };
  } else if (tipId === undefined || tipId === '') {
    return state;
  } else if (event.type === 'tip_shown') {
    const sameDay = state.shownToday.day === day;
    const tipIds = sameDay ? state.shownToday.tipIds : [];
    next = {
      ...state,
      shownToday: { day, tipIds: tipIds.includes(tipId) ? tipIds : [...tipIds, tipId].slice(-MAX_STATE_IDS) },
      lastShownAt: withEntry(state.lastShownAt, tipId, iso),
    };
  } else if (isUse(event.type)) {
    // Copy, then open in AI, in one card sitting is one use, not two.
    if (event.viewId !== undefined && own(state.lastUseView, tipId) === event.viewId) return state;
    next = {
      ...state,
      usedCount: withEntry(state.usedCount, tipId, (own(state.usedCount, tipId) ?? 0) + 1),
      lastUseView: event.viewId !== undefined ? withEntry(state.lastUseView, tipId, event.viewId) : state.lastUseView,
    };
  } else if (event.type === 'dismissed') {
    const until = new Date(now.getTime() + caps.cooldownHours * HOUR_MS).toISOString();
    next = { ...state, cooldownUntil: withEntry(state.cooldownUntil, tipId, until) };
  } else if (event.type === 'dont_show') {
    if (state.dismissedForever.includes(tipId)) return state;
    next = { ...state, dismissedForever: [...state.dismissedForever, tipId].slice(-MAX_STATE_IDS) };
  } else {
    // card_opened changes nothing the matcher reads.
    return state;
  }
  return prune(next, now);
}
