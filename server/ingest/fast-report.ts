/**
 * A hand-written check for the common case of POST /api/v1/reports: a report that is plainly valid.
 * It only ever says "certainly valid" or "ask zod": `accept` still runs DailyReportSchema on
 * everything this refuses, so zod alone decides what is rejected and with which issues, and the
 * accepted set stays exactly zod's as long as this accepts nothing zod would refuse (a stricter
 * check is harmless, a looser one is not). test/server/fast-report.test.ts fuzzes that subset
 * property and pins the schema (JSON Schema and definition): a change to lib/sync/report.ts fails
 * that test until this file follows it.
 *
 * Why: zod's parse builds a full copy of the report and runs each check through its generic
 * machinery, ~7 % of the server's busy CPU plus the GC of the copy; this walks the parsed JSON
 * once, allocating nothing, and the report is used as JSON.parse returned it (a fresh object
 * nobody else holds).
 */
import { APP_IDS } from '../../lib/sites/types';
import { PAGE_CATEGORIES, REPORT_SCHEMA_VERSION, type DailyReport } from '../../lib/sync/report';

/** The same limits as lib/sync/report.ts (pinned by the test). */
const MAX_COUNT = 10_000;
const MAX_ROWS = 80;
const MAX_TIP_USES = 50;
const MAX_ADOPTION = 19;

/** zod 4's `z.iso.date()` pattern (zod/v4/core/regexes.ts `date`): real calendar days only. */
const DATE =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;
const DEDUPE_KEY = /^[0-9a-f]{64}$/;
const COHORT = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const TIP_ID = /^[a-z0-9][a-z0-9._-]{2,63}$/;

const APPS: ReadonlySet<unknown> = new Set(APP_IDS);
const CATEGORIES: ReadonlySet<unknown> = new Set(PAGE_CATEGORIES);

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Exactly `n` own keys, each of them checked by the caller: with all expected keys present, no extra one fits. */
function keyCount(o: Obj): number {
  let n = 0;
  // JSON.parse makes plain objects: `for in` sees exactly their own enumerable keys.
  for (const k in o) if (Object.hasOwn(o, k)) n++;
  return n;
}

function isCount(v: unknown): boolean {
  // Number.isInteger excludes NaN/Infinity; -0 is left to zod (it would accept it, but no need to decide here).
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_COUNT && !Object.is(v, -0);
}

function isString(v: unknown, re: RegExp): boolean {
  return typeof v === 'string' && re.test(v);
}

const ROW_KEYS = 11;
function isRow(r: unknown): boolean {
  return (
    isObject(r) &&
    APPS.has(r.app) &&
    CATEGORIES.has(r.category) &&
    isCount(r.recordVisits) &&
    isCount(r.tipsShown) &&
    isCount(r.tipsUsed) &&
    isCount(r.tipsDismissed) &&
    isCount(r.aiActions) &&
    isCount(r.informedTasks) &&
    isCount(r.minutesSaved) &&
    isCount(r.helpful) &&
    isCount(r.notHelpful) &&
    keyCount(r) === ROW_KEYS
  );
}

function isTipUse(t: unknown): boolean {
  return isObject(t) && isString(t.tipId, TIP_ID) && isCount(t.uses) && keyCount(t) === 2;
}

function isFlag(f: unknown): boolean {
  return isObject(f) && APPS.has(f.app) && typeof f.adopted === 'boolean' && keyCount(f) === 2;
}

function allOf(v: unknown, max: number, each: (x: unknown) => boolean): boolean {
  if (!Array.isArray(v) || v.length > max) return false;
  for (const x of v) if (!each(x)) return false;
  return true;
}

/** True only for values DailyReportSchema certainly accepts unchanged; false means "let zod decide". */
export function isPlainValidReport(v: unknown): v is DailyReport {
  if (!isObject(v)) return false;
  const hasCohort = Object.hasOwn(v, 'cohort');
  return (
    v.schemaVersion === REPORT_SCHEMA_VERSION &&
    isString(v.day, DATE) &&
    isString(v.dedupeKey, DEDUPE_KEY) &&
    (!hasCohort || isString(v.cohort, COHORT)) &&
    typeof v.aiActiveDay === 'boolean' &&
    typeof v.active7d === 'boolean' &&
    allOf(v.rows, MAX_ROWS, isRow) &&
    allOf(v.tipUses, MAX_TIP_USES, isTipUse) &&
    allOf(v.adoption, MAX_ADOPTION, isFlag) &&
    keyCount(v) === (hasCohort ? 9 : 8)
  );
}
