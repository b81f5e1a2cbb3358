/**
 * CSV export of a KPI response: the same numbers, the same suppression (suppressed cells are
 * empty). Every cell is a number, a day, an enum or a cohort label, so nothing can start a formula.
 */
import type { AppKpi, KpiBucket, KpiResponse } from '../api/contract';

export const CSV_COLUMNS = [
  'section',
  'start',
  'end',
  'cohort',
  'app',
  'suppressed',
  'partial',
  'reports',
  'aiActiveShare',
  'activeContributors',
  'informedPerRecordVisit',
  'hoursSaved',
  'helpfulness',
  'adoptionRate',
] as const;

type Cell = string | number | boolean | null;

function cell(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(4);
  return String(v);
}

const CRLF = '\r\n';

export function kpiCsv(k: KpiResponse): string {
  const cohort = k.cohort ?? 'all';
  const bucketRow = (section: string, b: KpiBucket): Cell[] => [
    section,
    b.start,
    b.end,
    cohort,
    '',
    b.suppressed,
    b.partial,
    b.reports,
    b.aiActiveShare,
    b.activeContributors,
    b.informedPerRecordVisit,
    b.hoursSaved,
    b.helpfulness,
    null,
  ];
  const appRow = (a: AppKpi): Cell[] => [
    'app',
    k.from,
    k.to,
    cohort,
    a.app,
    a.suppressed,
    a.partial,
    a.reports,
    null,
    null,
    a.informedPerRecordVisit,
    a.hoursSaved,
    a.helpfulness,
    a.adoptionRate,
  ];
  const rows: Cell[][] = [
    ...k.series.map((b) => bucketRow(k.granularity, b)),
    bucketRow('total', k.totals),
    ...k.apps.map(appRow),
  ];
  return [CSV_COLUMNS.join(','), ...rows.map((r) => r.map(cell).join(','))].join(CRLF) + CRLF;
}
