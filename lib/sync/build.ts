/**
 * Builds the anonymous daily report from local day rollups. Pure: the secret and the HMAC are
 * passed in (the background binds `crypto.subtle`; tests bind Node's).
 *
 * Figures that need several days of one person (active in the last 7 days, adoption per app over
 * 28 days) are computed here and sent only as booleans, so the server never links days.
 */
import { z } from 'zod';
import { APP_IDS, type AppId } from '../sites/types';
import { addDays, dayNumber, tryDayNumber } from '../usage/habits/calendar';
import { blankCategoryDay, emptyRollup, type AppDay, type CategoryDay, type DayRollup } from '../usage/rollup';
import {
  ADOPTION_THRESHOLD,
  ADOPTION_WINDOW_DAYS,
  DailyReportSchema,
  MAX_REPORT_BYTES,
  PAGE_CATEGORIES,
  REPORT_SCHEMA_VERSION,
  ReportRowSchema,
  type DailyReport,
  type PageCategory,
  type ReportRow,
} from './report';

/** HMAC-SHA-256 of `message` under `secret`, as 64 lower-case hex characters. */
export type HmacHex = (secret: Uint8Array, message: string) => Promise<string>;

export interface BuildReportOptions {
  /** The local random secret (see secret.ts). Only the HMAC of it ever leaves the device. */
  secret: Uint8Array;
  /** The cohort label, already in the report's format (see `reportCohort`). */
  cohort?: string;
  hmac: HmacHex;
  /**
   * The playbook's tip ids in force (bundled + the org's). Only these are reported: a tip id in a
   * stored event came from a content script, and anything else in its place stays home.
   */
  tipIds: ReadonlySet<string>;
  /** Told when rows or tip ids had to be left out (never expected with real figures). */
  warn?(message: string): void;
}

/** "Active in the last 7 days": the report's day and the 6 before it. */
export const ACTIVE_WINDOW_DAYS = 7;
/** The schema's cap on tip ids per report (highest uses kept). */
export const MAX_TIP_USES = 50;
/** What the dedupe key is the HMAC of: fixed prefix, then the day. */
export const DEDUPE_PREFIX = 'lastmile-report:';

const ROW_COUNTERS = [
  'recordVisits',
  'tipsShown',
  'tipsUsed',
  'tipsDismissed',
  'aiActions',
  'informedTasks',
  'minutesSaved',
  'helpful',
  'notHelpful',
] as const satisfies readonly (keyof CategoryDay)[];
type RowCounter = (typeof ROW_COUNTERS)[number];
type Counters = Record<RowCounter, number>;

/** The per-app counter each report counter is a share of. */
const APP_FIELD: Record<RowCounter, Exclude<keyof AppDay, 'categories'>> = {
  recordVisits: 'recordVisits',
  tipsShown: 'tipsShown',
  tipsUsed: 'tipsUsed',
  tipsDismissed: 'dismissed',
  aiActions: 'aiActions',
  informedTasks: 'informedTasks',
  minutesSaved: 'minutesSaved',
  helpful: 'helpful',
  notHelpful: 'notHelpful',
};

/** The schema's per-counter maximum: a day with more says "at least this many". */
const MAX_COUNT = ReportRowSchema.shape.recordVisits.maxValue ?? Number.MAX_SAFE_INTEGER;
const TIP_ID = /^[a-z0-9][a-z0-9._-]{2,63}$/;
const COHORT = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const DaySchema = z.iso.date();

function clamp(n: number): number {
  return Number.isFinite(n) && n > 0 ? Math.min(Math.floor(n), MAX_COUNT) : 0;
}

function zeroCounters(): Counters {
  return blankCategoryDay();
}

function total(c: Counters): number {
  return ROW_COUNTERS.reduce((sum, k) => sum + c[k], 0);
}

/**
 * The cohort label of the org policy in the report's format: lower case, "." as "-". Null when it
 * cannot be expressed (longer than the report allows): better no report than a wrong label.
 */
export function reportCohort(policyCohort: string): string | null {
  const label = policyCohort.toLowerCase().replaceAll('.', '-');
  return COHORT.test(label) ? label : null;
}

/**
 * One app's rows, one per page category with any non-zero counter. Figures counted before
 * categories existed (the app total exceeds the sum of its categories) are filed under "other",
 * so the report's totals always match the app's.
 */
function appRows(app: AppId, figures: AppDay): ReportRow[] {
  const byCategory = new Map<PageCategory, Counters>();
  const sums = zeroCounters();
  for (const category of PAGE_CATEGORIES) {
    const c = zeroCounters();
    const stored = figures.categories[category];
    for (const k of ROW_COUNTERS) {
      c[k] = stored ? clamp(stored[k]) : 0;
      sums[k] += c[k];
    }
    byCategory.set(category, c);
  }
  const other = byCategory.get('other') ?? zeroCounters();
  for (const k of ROW_COUNTERS) other[k] += Math.max(0, clamp(figures[APP_FIELD[k]]) - sums[k]);
  const rows: ReportRow[] = [];
  for (const category of PAGE_CATEGORIES) {
    const c = byCategory.get(category);
    if (!c) continue;
    for (const k of ROW_COUNTERS) c[k] = clamp(c[k]);
    if (total(c) > 0) rows.push({ app, category, ...c });
  }
  return rows;
}

function rowsOf(rollup: DayRollup): ReportRow[] {
  return APP_IDS.flatMap((app) => {
    const figures = rollup.apps[app];
    return figures ? appRows(app, figures) : [];
  });
}

function tipUsesOf(rollup: DayRollup, known: ReadonlySet<string>, warn: (m: string) => void): DailyReport['tipUses'] {
  const uses: DailyReport['tipUses'] = [];
  let unknown = 0;
  for (const [tipId, n] of Object.entries(rollup.tips)) {
    if (clamp(n) === 0) continue;
    // Only the playbook's own ids in the report's format; the id itself is never logged.
    if (!known.has(tipId) || !TIP_ID.test(tipId)) {
      unknown++;
      continue;
    }
    uses.push({ tipId, uses: clamp(n) });
  }
  if (unknown > 0) warn(`${unknown} tip id(s) not in the playbook (or not in the report's format) left out`);
  uses.sort((a, b) => b.uses - a.uses || (a.tipId < b.tipId ? -1 : a.tipId > b.tipId ? 1 : 0));
  return uses.slice(0, MAX_TIP_USES);
}

function appUsed(figures: AppDay | undefined): boolean {
  if (!figures) return false;
  return ROW_COUNTERS.some((k) => clamp(figures[APP_FIELD[k]]) > 0);
}

/**
 * Per app used at all in the 28 days ending at `day`: adopted when the days with AI actions in
 * that app are at least ADOPTION_THRESHOLD of the person's active days (days with any AI action).
 */
function adoptionOf(byDay: ReadonlyMap<string, DayRollup>, day: string): DailyReport['adoption'] {
  const days: DayRollup[] = [];
  for (let i = 0; i < ADOPTION_WINDOW_DAYS; i++) {
    const r = byDay.get(addDays(day, -i));
    if (r) days.push(r);
  }
  const activeDays = days.filter((r) => r.aiActions > 0).length;
  const out: DailyReport['adoption'] = [];
  for (const app of APP_IDS) {
    if (!days.some((r) => appUsed(r.apps[app]))) continue;
    const aiDays = days.filter((r) => (r.apps[app]?.aiActions ?? 0) > 0).length;
    out.push({ app, adopted: activeDays > 0 && aiDays / activeDays >= ADOPTION_THRESHOLD });
  }
  return out;
}

function activeIn(byDay: ReadonlyMap<string, DayRollup>, day: string, days: number): boolean {
  for (let i = 0; i < days; i++) {
    if ((byDay.get(addDays(day, -i))?.aiActions ?? 0) > 0) return true;
  }
  return false;
}

function size(report: DailyReport): number {
  return JSON.stringify(report).length;
}

/**
 * The report for the finished local day `day`. `rollups` should hold at least the 28 days up to
 * `day` (others are ignored; a missing day counts as empty; a repeated day: the last one wins).
 * The result is validated with DailyReportSchema and fits MAX_REPORT_BYTES: if it ever did not,
 * the rows with the smallest figures are left out (and `warn` is told).
 */
export async function buildReport(
  day: string,
  rollups: readonly DayRollup[],
  opts: BuildReportOptions,
): Promise<DailyReport> {
  const d = DaySchema.parse(day);
  const last = dayNumber(d);
  const first = last - ADOPTION_WINDOW_DAYS + 1;
  const warn = opts.warn ?? (() => undefined);
  const byDay = new Map<string, DayRollup>();
  for (const r of rollups) {
    const n = tryDayNumber(r.day);
    if (n !== null && n >= first && n <= last) byDay.set(r.day, r);
  }
  const today = byDay.get(d) ?? emptyRollup(d);

  const dedupeKey = await opts.hmac(opts.secret, `${DEDUPE_PREFIX}${d}`);
  const draft: DailyReport = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    day: d,
    dedupeKey,
    ...(opts.cohort !== undefined ? { cohort: opts.cohort } : {}),
    aiActiveDay: today.aiActions > 0,
    active7d: activeIn(byDay, d, ACTIVE_WINDOW_DAYS),
    rows: rowsOf(today),
    tipUses: tipUsesOf(today, opts.tipIds, warn),
    adoption: adoptionOf(byDay, d),
  };

  const parsed = DailyReportSchema.safeParse(draft);
  if (!parsed.success) throw new Error(`Daily report for ${d} is invalid: ${z.prettifyError(parsed.error)}`);
  const report = parsed.data;

  if (size(report) > MAX_REPORT_BYTES) {
    // Smallest rows go first; ties keep the earlier row (stable sort).
    const ranked = [...report.rows].sort((a, b) => total(b) - total(a));
    const before = ranked.length;
    while (ranked.length > 0 && size({ ...report, rows: ranked }) > MAX_REPORT_BYTES) ranked.pop();
    const kept = new Set(ranked);
    report.rows = report.rows.filter((r) => kept.has(r));
    warn(`Daily report for ${d}: ${before - ranked.length} smallest rows left out to fit ${MAX_REPORT_BYTES} bytes`);
    if (size(report) > MAX_REPORT_BYTES) throw new Error(`Daily report for ${d} does not fit ${MAX_REPORT_BYTES} bytes`);
  }
  return report;
}

export interface ReportPreview {
  report: DailyReport;
  /** True when there is no finished day with data yet: the figures are an example, not theirs. */
  example: boolean;
}

/** Example figures for the "what we share" screen before any day has finished. */
function exampleRollups(day: string): DayRollup[] {
  const r = emptyRollup(day);
  const cat = (c: Partial<CategoryDay>): CategoryDay => ({ ...zeroCounters(), ...c });
  r.aiActions = 2;
  r.tips = { 'outlook-message-summary-actions': 2 };
  r.apps.outlook = {
    recordVisits: 9,
    tipsShown: 3,
    tipsUsed: 2,
    dismissed: 1,
    aiActions: 2,
    informedTasks: 1,
    minutesSaved: 10,
    helpful: 1,
    notHelpful: 0,
    categories: {
      record: cat({ recordVisits: 9, tipsShown: 2, tipsUsed: 2, aiActions: 2, informedTasks: 1, minutesSaved: 10, helpful: 1 }),
      compose: cat({ tipsShown: 1, tipsDismissed: 1 }),
    },
  };
  return [r];
}

/**
 * What the "what we share" screen shows: the report of the latest finished day (before `today`)
 * that has data, exactly as it would be sent; or, before there is any, an example report.
 */
export async function previewReport(
  today: string,
  rollups: readonly DayRollup[],
  opts: BuildReportOptions,
): Promise<ReportPreview> {
  const lastFinished = addDays(DaySchema.parse(today), -1);
  let latest: string | undefined;
  for (const r of rollups) {
    if (r.day <= lastFinished && (latest === undefined || r.day > latest)) latest = r.day;
  }
  if (latest === undefined) {
    return { report: await buildReport(lastFinished, exampleRollups(lastFinished), opts), example: true };
  }
  return { report: await buildReport(latest, rollups, opts), example: false };
}
