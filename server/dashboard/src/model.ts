/**
 * What the screens render. Wire shapes come from the server's contract (server/api/contract.ts);
 * `KpiData` adds what the overview derives from several KPI requests (the two 7-day windows).
 * A `null` metric always means "not shown": suppressed (fewer than k reports) or nothing to divide by.
 */
import type {
  AppKpi,
  Granularity,
  HelpfulnessAlert,
  KpiBucket,
  Me,
  Settings,
  Token,
  UseCase,
  UseCaseInput,
  UseCaseTarget,
} from '../../api/contract';

export type { AppKpi, Granularity, HelpfulnessAlert, KpiBucket, Me, Settings, Token, UseCase, UseCaseInput, UseCaseTarget };

export type Metric = 'aiActiveShare' | 'activeContributors' | 'informedPerRecordVisit' | 'hoursSaved' | 'helpfulness';

export interface CohortInfo {
  id: string;
  /** Below k in this range: the server doesn't name such cohorts, so this is only ever the selected one. */
  suppressed: boolean;
}

export interface KpiData {
  from: string;
  to: string;
  k: number;
  granularity: Granularity;
  cohort: string | null;
  buckets: KpiBucket[];
  /** Totals of the last 7 days of the range and of the 7 days before: the cards and their change. */
  thisWeek: KpiBucket | null;
  lastWeek: KpiBucket | null;
  apps: AppKpi[];
  cohorts: CohortInfo[];
  /** The most recent week-over-week helpfulness drop in the range, if any. */
  helpfulnessAlert: HelpfulnessAlert | null;
}

export interface KpiQuery {
  from: string;
  to: string;
  cohort?: string;
  granularity: Granularity;
}
