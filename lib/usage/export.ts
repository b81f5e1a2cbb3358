/**
 * The employee's own data, out: a JSON document (parseable back with LastmileExportSchema) and
 * CSV for spreadsheets. Pure: the store supplies the rows.
 */
import { z } from 'zod';
import { UsageEventSchema, type UsageEvent } from './events';
import { DayRollupSchema, type DayRollup } from './rollup';

export const EXPORT_FORMAT = 'lastmile-export';
export const EXPORT_VERSION = 1;

export const LastmileExportSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: z.iso.datetime(),
    events: z.array(UsageEventSchema),
    days: z.array(DayRollupSchema),
  })
  .strict();
export type LastmileExport = z.infer<typeof LastmileExportSchema>;

export type CsvKind = 'events' | 'days';
type Cell = string | number | undefined;

/** Spreadsheets run cells starting with these as formulas (CSV injection). */
const FORMULA_PREFIX = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
const CRLF = '\r\n';

/**
 * One RFC 4180 field. Strings that a spreadsheet would run as a formula get a leading
 * apostrophe; numbers are written as they are (ours are never negative).
 */
export function csvCell(value: Cell): string {
  if (value === undefined) return '';
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && FORMULA_PREFIX.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Header row plus rows, CRLF line ends (RFC 4180), ending with a line break. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',') + CRLF).join('');
}

export const EVENT_CSV_COLUMNS = [
  'at',
  'day',
  'timeZone',
  'type',
  'app',
  'page',
  'tipId',
  'toolId',
  'viewId',
  'minutesSaved',
] as const;

export function eventsCsv(events: readonly UsageEvent[]): string {
  const rows = events.map((e) => {
    const tip = 'app' in e ? e : undefined;
    const cells: Record<(typeof EVENT_CSV_COLUMNS)[number], Cell> = {
      at: e.at,
      day: e.day,
      timeZone: e.timeZone,
      type: e.type,
      app: tip?.app,
      page: tip?.page,
      tipId: tip?.tipId,
      toolId: e.toolId,
      viewId: tip?.viewId,
      minutesSaved: e.minutesSaved,
    };
    return EVENT_CSV_COLUMNS.map((c) => cells[c]);
  });
  return toCsv(EVENT_CSV_COLUMNS, rows);
}

/** Day counters as columns; per-app, per-tip and per-tool figures as compact JSON cells. */
export const DAY_CSV_COLUMNS = [
  'day',
  'aiActions',
  'prompts',
  'aiSessions',
  'manualLogs',
  'tipsShown',
  'tipsUsed',
  'dismissed',
  'informedTasks',
  'minutesSaved',
  'recordVisits',
  'apps',
  'tips',
  'tools',
] as const;

export function daysCsv(days: readonly DayRollup[]): string {
  const rows = days.map((d) => {
    const apps = Object.values(d.apps);
    const recordVisits = apps.reduce((sum, a) => sum + (a?.recordVisits ?? 0), 0);
    const dismissed = apps.reduce((sum, a) => sum + (a?.dismissed ?? 0), 0);
    const cells: Record<(typeof DAY_CSV_COLUMNS)[number], Cell> = {
      day: d.day,
      aiActions: d.aiActions,
      prompts: d.prompts,
      aiSessions: d.aiSessions,
      manualLogs: d.manualLogs,
      tipsShown: d.tipsShown,
      tipsUsed: d.tipsUsed,
      dismissed,
      informedTasks: d.informedTasks,
      minutesSaved: d.minutesSaved,
      recordVisits,
      apps: JSON.stringify(d.apps),
      tips: JSON.stringify(d.tips),
      tools: JSON.stringify(d.tools),
    };
    return DAY_CSV_COLUMNS.map((c) => cells[c]);
  });
  return toCsv(DAY_CSV_COLUMNS, rows);
}
