/**
 * Month chunks: the day rollups of one calendar month in columnar form, kept beside the `days`
 * rows (which stay the record: export, sync and writes read them) so that a page opening on
 * years of history reads ~40 small rows instead of ~1 000 nested objects. IndexedDB clones typed
 * arrays as one block and the whole chunk is validated in one zod pass, where every day row costs
 * a structured-clone walk and a zod parse of a dozen nested objects.
 *
 * One chunk holds, for its days in ascending order, a run of (code, value) entries:
 *   code = kind << 24 | ...   kind 0 day counter   | field
 *                             kind 1 app counter   | app << 8 | field
 *                             kind 2 page category | app << 16 | category << 8 | field
 *                             kind 3 tips[key]     | index into `tips`
 *                             kind 4 tools[key]    | index into `tools`
 * App, category, tip and tool names live in per-chunk lists; field numbers are fixed below.
 * Entries keep the row's own key order, so a decoded day equals DayRollupSchema.parse(row),
 * key order included (the CSV export writes the maps as JSON).
 */
import { z } from 'zod';
import { AppIdSchema, type AppId } from '../sites/types';
import { PageCategorySchema, type PageCategory } from '../sync/report';
import { TipKeySchema, ToolKeySchema, blankAppDay, blankCategoryDay, blankRollup, type AppDay, type CategoryDay, type DayRollup } from './rollup';

export const CHUNK_FORMAT = 1;

type DayCounter = Exclude<keyof DayRollup, 'day' | 'apps' | 'tips' | 'tools'>;
type AppCounter = Exclude<keyof AppDay, 'categories'>;
type CategoryCounter = keyof CategoryDay;

/*
 * Field numbers are part of the stored format: never renumber, only append (a counter added to
 * the schema later gets the next number; older chunks simply lack it, i.e. read it as zero).
 * `satisfies Record<…>` makes the compiler reject a counter missing here.
 */
const DAY_FIELD = {
  aiActions: 0,
  aiSessions: 1,
  prompts: 2,
  manualLogs: 3,
  tipsShown: 4,
  tipsUsed: 5,
  informedTasks: 6,
  minutesSaved: 7,
} as const satisfies Record<DayCounter, number>;
const APP_FIELD = {
  recordVisits: 0,
  tipsShown: 1,
  tipsUsed: 2,
  dismissed: 3,
  aiActions: 4,
  informedTasks: 5,
  minutesSaved: 6,
  helpful: 7,
  notHelpful: 8,
} as const satisfies Record<AppCounter, number>;
const CATEGORY_FIELD = {
  recordVisits: 0,
  tipsShown: 1,
  tipsUsed: 2,
  tipsDismissed: 3,
  aiActions: 4,
  informedTasks: 5,
  minutesSaved: 6,
  helpful: 7,
  notHelpful: 8,
} as const satisfies Record<CategoryCounter, number>;

/** Field names by number (the numbers above are 0..n-1 without gaps; checked by the tests). */
function byNumber<K extends string>(fields: Record<K, number>): K[] {
  const names: K[] = [];
  for (const [name, n] of Object.entries(fields) as [K, number][]) names[n] = name;
  return names;
}
const DAY_FIELDS = byNumber<DayCounter>(DAY_FIELD);
const APP_FIELDS = byNumber<AppCounter>(APP_FIELD);
const CATEGORY_FIELDS = byNumber<CategoryCounter>(CATEGORY_FIELD);

const KIND_DAY = 0;
const KIND_APP = 1;
const KIND_CATEGORY = 2;
const KIND_TIP = 3;
const KIND_TOOL = 4;
const KIND_SHIFT = 24;
const BYTE = 0xff;
const INDEX_MASK = 0xff_ffff;
/** Apps and categories are addressed with one byte. */
const MAX_SMALL_LIST = 256;
const MAX_DAYS_IN_MONTH = 31;

const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

/** A month chunk as stored. */
const MonthChunkRowSchema = z
  .object({
    month: MonthSchema,
    format: z.literal(CHUNK_FORMAT),
    /** Day of month of each day present, ascending. */
    days: z.instanceof(Uint8Array),
    /** Day i's entries are [start[i], start[i + 1]). */
    start: z.instanceof(Uint32Array),
    codes: z.instanceof(Uint32Array),
    values: z.instanceof(Float64Array),
    apps: z.array(AppIdSchema).max(MAX_SMALL_LIST),
    categories: z.array(PageCategorySchema).max(MAX_SMALL_LIST),
    tips: z.array(TipKeySchema),
    tools: z.array(ToolKeySchema),
  })
  .strict();
export type MonthChunkRow = z.infer<typeof MonthChunkRowSchema>;




const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, m ?? 0, 0)).getUTCDate();
}

function unique(list: readonly string[]): boolean {
  return new Set(list).size === list.length;
}

/**
 * Checks the chunk's structure and every entry while decoding it, in one pass. Any defect makes
 * the whole chunk unreadable (the caller then reads that month's day rows one by one).
 */
function decode(row: MonthChunkRow, ctx: z.RefinementCtx): DayRollup[] {
  const fail = (message: string): never => {
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  };
  const { month, days, start, codes, values, apps, categories, tips, tools } = row;
  const n = days.length;
  if (n > MAX_DAYS_IN_MONTH) return fail(`${n} days in one month`);
  if (start.length !== n + 1 || start[0] !== 0 || start[n] !== codes.length) return fail('day offsets do not match the entries');
  if (values.length !== codes.length) return fail('codes and values differ in length');
  if (!unique(apps) || !unique(categories) || !unique(tips) || !unique(tools)) return fail('a name list repeats a name');
  const lastDay = daysInMonth(month);
  const out: DayRollup[] = [];
  let previousDay = 0;
  for (let i = 0; i < n; i++) {
    const dom = days[i] ?? 0;
    if (dom <= previousDay || dom > lastDay) return fail(`day ${dom} out of order or not in ${month}`);
    previousDay = dom;
    const r = blankRollup(`${month}-${pad2(dom)}`);
    const from = start[i] ?? 0;
    const to = start[i + 1] ?? 0;
    if (to < from) return fail('day offsets go backwards');
    for (let j = from; j < to; j++) {
      const code = codes[j] ?? 0;
      const value = values[j] ?? Number.NaN;
      if (!Number.isSafeInteger(value) || value < 0) return fail(`${r.day}: count ${value} is not a whole number ≥ 0`);
      const kind = code >>> KIND_SHIFT;
      if (kind === KIND_DAY) {
        const field = DAY_FIELDS[code & INDEX_MASK];
        if (field === undefined || r[field] !== 0) return fail(`${r.day}: bad or repeated day counter ${code}`);
        r[field] = value;
      } else if (kind === KIND_APP || kind === KIND_CATEGORY) {
        // An app counter leaves the category byte empty.
        const app = kind === KIND_APP && (code >>> 16) & BYTE ? undefined : apps[kind === KIND_APP ? (code >>> 8) & BYTE : (code >>> 16) & BYTE];
        if (app === undefined) return fail(`${r.day}: entry ${code} names no app`);
        const a = (r.apps[app] ??= blankAppDay());
        if (kind === KIND_APP) {
          const field = APP_FIELDS[code & BYTE];
          if (field === undefined || a[field] !== 0) return fail(`${r.day}: bad or repeated ${app} counter ${code}`);
          a[field] = value;
        } else {
          const category = categories[(code >>> 8) & BYTE];
          const field = CATEGORY_FIELDS[code & BYTE];
          if (category === undefined || field === undefined) return fail(`${r.day}: bad ${app} category entry ${code}`);
          const c = (a.categories[category] ??= blankCategoryDay());
          if (c[field] !== 0) return fail(`${r.day}: repeated ${app}/${category} counter ${code}`);
          c[field] = value;
        }
      } else if (kind === KIND_TIP || kind === KIND_TOOL) {
        const key = (kind === KIND_TIP ? tips : tools)[code & INDEX_MASK];
        const map = kind === KIND_TIP ? r.tips : r.tools;
        if (key === undefined || Object.hasOwn(map, key)) return fail(`${r.day}: bad or repeated name entry ${code}`);
        map[key] = value;
      } else {
        return fail(`${r.day}: unknown entry kind in ${code}`);
      }
    }
    out.push(r);
  }
  return out;
}

/**
 * A stored chunk in; out: the chunk as validated (to patch with putDay) and its days, ascending.
 * Or the reasons it can't be read.
 */
export const MonthChunkSchema = MonthChunkRowSchema.transform((chunk, ctx) => ({ chunk, days: decode(chunk, ctx) }));

/** The month ('YYYY-MM') a day ('YYYY-MM-DD') belongs to. */
export const monthOf = (day: string): string => day.slice(0, 7);

/** An index into a per-chunk name list (a copy of `initial`), names added on first use. */
function indexer(initial: readonly string[] = []): { list: string[]; of(name: string): number } {
  const list = [...initial];
  const at = new Map<string, number>(list.map((name, i) => [name, i]));
  return {
    list,
    of(name) {
      let i = at.get(name);
      if (i === undefined) {
        i = list.length;
        list.push(name);
        at.set(name, i);
      }
      return i;
    },
  };
}

interface Names {
  apps: ReturnType<typeof indexer>;
  categories: ReturnType<typeof indexer>;
  tips: ReturnType<typeof indexer>;
  tools: ReturnType<typeof indexer>;
}

function names(chunk?: MonthChunkRow): Names {
  return {
    apps: indexer(chunk?.apps),
    categories: indexer(chunk?.categories),
    tips: indexer(chunk?.tips),
    tools: indexer(chunk?.tools),
  };
}

/**
 * One day's entries, in the row's key order. Zero counters are left out, but an app, category,
 * tip or tool present with zeros only keeps one entry, so decoding gives back exactly the row.
 */
function encodeDay(r: DayRollup, n: Names, codes: number[], values: number[]): void {
  const push = (code: number, value: number): void => {
    codes.push(code);
    values.push(value);
  };
  for (let f = 0; f < DAY_FIELDS.length; f++) {
    const v = r[DAY_FIELDS[f] as DayCounter];
    if (v !== 0) push((KIND_DAY << KIND_SHIFT) | f, v);
  }
  for (const [app, figures] of Object.entries(r.apps) as [AppId, AppDay | undefined][]) {
    if (figures === undefined) continue;
    const a = n.apps.of(app);
    if (a >= MAX_SMALL_LIST) throw new RangeError('month chunk: too many apps');
    const before = codes.length;
    for (let f = 0; f < APP_FIELDS.length; f++) {
      const v = figures[APP_FIELDS[f] as AppCounter];
      if (v !== 0) push((KIND_APP << KIND_SHIFT) | (a << 8) | f, v);
    }
    for (const [category, c] of Object.entries(figures.categories) as [PageCategory, CategoryDay | undefined][]) {
      if (c === undefined) continue;
      const k = n.categories.of(category);
      const base = (KIND_CATEGORY << KIND_SHIFT) | (a << 16) | (k << 8);
      const catBefore = codes.length;
      for (let f = 0; f < CATEGORY_FIELDS.length; f++) {
        const v = c[CATEGORY_FIELDS[f] as CategoryCounter];
        if (v !== 0) push(base | f, v);
      }
      if (codes.length === catBefore) push(base, 0);
    }
    if (codes.length === before) push((KIND_APP << KIND_SHIFT) | (a << 8), 0);
  }
  for (const [tip, v] of Object.entries(r.tips)) push((KIND_TIP << KIND_SHIFT) | n.tips.of(tip), v);
  for (const [tool, v] of Object.entries(r.tools)) push((KIND_TOOL << KIND_SHIFT) | n.tools.of(tool), v);
  if (n.tips.list.length > INDEX_MASK || n.tools.list.length > INDEX_MASK) throw new RangeError('month chunk: too many names');
}

function row(
  month: string,
  n: Names,
  days: MonthChunkRow['days'],
  start: MonthChunkRow['start'],
  codes: MonthChunkRow['codes'],
  values: MonthChunkRow['values'],
): MonthChunkRow {
  return {
    month,
    format: CHUNK_FORMAT,
    days,
    start,
    codes,
    values,
    apps: n.apps.list as AppId[],
    categories: n.categories.list as PageCategory[],
    tips: n.tips.list,
    tools: n.tools.list,
  };
}

/** The chunk of `month` from valid rollups of that month (any order; one per day). */
export function encodeMonth(month: string, rollups: readonly DayRollup[]): MonthChunkRow {
  const sorted = [...rollups].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const n = names();
  const days: number[] = [];
  const start: number[] = [0];
  const codes: number[] = [];
  const values: number[] = [];
  for (const r of sorted) {
    if (monthOf(r.day) !== month) throw new RangeError(`encodeMonth: ${r.day} is not in ${month}`);
    days.push(Number(r.day.slice(8)));
    encodeDay(r, n, codes, values);
    start.push(codes.length);
  }
  return row(month, n, Uint8Array.from(days), Uint32Array.from(start), Uint32Array.from(codes), Float64Array.from(values));
}

/**
 * A readable `chunk` with `rollup`'s day added or replaced: only that day is encoded, the other
 * days' entries are copied as they are (a write touches one day; re-encoding the month each time
 * cost more than the rest of the write). Names the old day alone used stay listed, unused.
 */
export function putDay(chunk: MonthChunkRow, rollup: DayRollup): MonthChunkRow {
  if (monthOf(rollup.day) !== chunk.month) throw new RangeError(`putDay: ${rollup.day} is not in ${chunk.month}`);
  const dom = Number(rollup.day.slice(8));
  const n = names(chunk);
  const dayCodes: number[] = [];
  const dayValues: number[] = [];
  encodeDay(rollup, n, dayCodes, dayValues);
  const old = chunk.days;
  let i = 0;
  while (i < old.length && (old[i] ?? 0) < dom) i++;
  const replace = old[i] === dom;
  const from = chunk.start[i] ?? 0;
  const to = replace ? (chunk.start[i + 1] ?? from) : from;
  const delta = dayCodes.length - (to - from);
  const count = old.length + (replace ? 0 : 1);

  const days = new Uint8Array(count);
  days.set(old.subarray(0, i));
  days[i] = dom;
  days.set(old.subarray(replace ? i + 1 : i), i + 1);
  const start = new Uint32Array(count + 1);
  start.set(chunk.start.subarray(0, i + 1));
  for (let k = i + 1; k <= count; k++) start[k] = (chunk.start[replace ? k : k - 1] ?? 0) + delta;
  const codes = new Uint32Array(chunk.codes.length + delta);
  codes.set(chunk.codes.subarray(0, from));
  codes.set(dayCodes, from);
  codes.set(chunk.codes.subarray(to), from + dayCodes.length);
  const values = new Float64Array(codes.length);
  values.set(chunk.values.subarray(0, from));
  values.set(dayValues, from);
  values.set(chunk.values.subarray(to), from + dayValues.length);
  return row(chunk.month, n, days, start, codes, values);
}

/** Valid rollups grouped into month chunks. */
export function encodeMonths(rollups: readonly DayRollup[]): MonthChunkRow[] {
  const byMonth = new Map<string, DayRollup[]>();
  for (const r of rollups) {
    const m = monthOf(r.day);
    const list = byMonth.get(m);
    if (list) list.push(r);
    else byMonth.set(m, [r]);
  }
  return [...byMonth].map(([month, days]) => encodeMonth(month, days));
}

/** Field numbers as stored, for the tests that pin the format. */
export const CHUNK_FIELDS = { day: DAY_FIELD, app: APP_FIELD, category: CATEGORY_FIELD } as const;
