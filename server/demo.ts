/**
 * The demo org: "Acme Corp", an admin with a generated password, an enrollment token, a published
 * policy, two use cases and ~60 days of synthetic reports from a few hundred employees, written
 * through the same write path as real reports. Deterministic (seeded PRNG) so screenshots repeat.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { BUNDLED_TIPS } from '../lib/playbook/bundled';
import { PolicySchema } from '../lib/policy/schema';
import type { AppId } from '../lib/sites/types';
import { REPORT_SCHEMA_VERSION, type DailyReport, type ReportRow } from '../lib/sync/report';
import type { Database } from './db/schema';
import { addDays, dayOf, dayToMs } from './days';
import { MAX_BATCH, writeBatch, type PendingReport } from './ingest/store';
import { randomPassword } from './security/crypto';
import { createOrg, findOrgByName, upsertAdmin } from './store/orgs';
import { publishDraft, saveDraft } from './store/policy';
import { createToken } from './store/tokens';
import { createUseCase } from './store/use-cases';

export const DEMO_ORG_NAME = 'Acme Corp';
export const DEMO_ADMIN_EMAIL = 'admin@acme.example';
export const DEMO_DAYS = 60;
const SEED = 0x1a57_0a4e;
const ADOPTION_WINDOW = 28;
const ADOPTION_SHARE = 0.4;
const SUNDAY = 0;
const SATURDAY = 6;

interface CohortSpec {
  cohort: string | undefined;
  people: number;
  apps: readonly AppId[];
  /** Chance of an AI-active day at the start, and at the end of the 60 days. */
  start: number;
  end: number;
}

/** "legal" is deliberately smaller than k: the dashboard shows it suppressed. */
const COHORTS: readonly CohortSpec[] = [
  { cohort: 'sales-emea', people: 90, apps: ['salesforce', 'gmail', 'slack'], start: 0.15, end: 0.55 },
  { cohort: 'sales-us', people: 80, apps: ['salesforce', 'outlook', 'teams'], start: 0.2, end: 0.5 },
  { cohort: 'support', people: 70, apps: ['zendesk', 'slack', 'confluence'], start: 0.25, end: 0.65 },
  { cohort: 'engineering', people: 55, apps: ['jira', 'github', 'confluence'], start: 0.35, end: 0.7 },
  { cohort: 'legal', people: 3, apps: ['gdocs', 'outlook'], start: 0.1, end: 0.2 },
  { cohort: undefined, people: 12, apps: ['gmail', 'gdocs', 'notion'], start: 0.2, end: 0.4 },
];

const TIPS_BY_APP = new Map<string, string[]>();
for (const t of BUNDLED_TIPS) TIPS_BY_APP.set(t.where.app, [...(TIPS_BY_APP.get(t.where.app) ?? []), t.id]);

/** mulberry32: tiny, fast, good enough for synthetic data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rand: () => number, max: number): number => Math.floor(rand() * (max + 1));

function dedupeKey(person: string, day: string): string {
  return createHash('sha256').update(`demo:${person}:${day}`).digest('hex');
}

/** The synthetic reports, oldest day first. `helpfulDropDays` makes the last week's ratings sour. */
export function demoReports(today: string, days = DEMO_DAYS, seed = SEED): DailyReport[] {
  const rand = prng(seed);
  const out: DailyReport[] = [];
  const people = COHORTS.flatMap((c, ci) =>
    Array.from({ length: c.people }, (_, i) => ({ id: `${ci}-${i}`, spec: c, bias: rand() * 0.3 - 0.15, history: [] as boolean[], appsUsed: new Map<AppId, boolean[]>() })),
  );
  const first = addDays(today, -days);
  for (let d = 0; d < days; d++) {
    const day = addDays(first, d);
    const dow = new Date(dayToMs(day)).getUTCDay();
    const weekend = dow === SUNDAY || dow === SATURDAY;
    const progress = d / Math.max(1, days - 1);
    // The last week gets a sour batch of ratings: the dashboard shows a helpfulness alert.
    const sour = d >= days - 7;
    for (const p of people) {
      if (weekend ? rand() > 0.08 : rand() > 0.9) continue;
      const chance = Math.min(0.95, Math.max(0.02, p.spec.start + (p.spec.end - p.spec.start) * progress + p.bias));
      const active = rand() < chance;
      p.history.push(active);
      const rows: ReportRow[] = [];
      const tipUses: DailyReport['tipUses'] = [];
      const adoption: DailyReport['adoption'] = [];
      for (const app of p.spec.apps) {
        if (rand() < 0.35) continue;
        const visits = 1 + int(rand, 12);
        const used = active ? int(rand, 3) : 0;
        const helpful = used > 0 ? int(rand, used) : 0;
        const notHelpful = used > 0 ? (sour ? used - Math.floor(helpful / 2) : int(rand, 1)) : 0;
        rows.push({
          app,
          category: 'record',
          recordVisits: visits,
          tipsShown: 1 + int(rand, 3),
          tipsUsed: used,
          tipsDismissed: int(rand, 1),
          aiActions: active ? 1 + int(rand, 4) : 0,
          informedTasks: active ? int(rand, Math.min(visits, 4)) : 0,
          minutesSaved: used * (3 + int(rand, 7)),
          helpful: sour ? Math.floor(helpful / 2) : helpful,
          notHelpful,
        });
        const hist = p.appsUsed.get(app) ?? [];
        hist.push(active && used > 0);
        p.appsUsed.set(app, hist);
        const window = hist.slice(-ADOPTION_WINDOW);
        adoption.push({ app, adopted: window.filter(Boolean).length / window.length >= ADOPTION_SHARE });
        const tips = TIPS_BY_APP.get(app) ?? [];
        const tip = tips[int(rand, Math.min(2, tips.length - 1))];
        if (used > 0 && tip !== undefined) tipUses.push({ tipId: tip, uses: used });
      }
      const report: DailyReport = {
        schemaVersion: REPORT_SCHEMA_VERSION,
        day,
        dedupeKey: dedupeKey(p.id, day),
        aiActiveDay: active,
        active7d: p.history.slice(-7).some(Boolean),
        rows,
        tipUses,
        adoption,
      };
      if (p.spec.cohort !== undefined) report.cohort = p.spec.cohort;
      out.push(report);
    }
  }
  return out;
}

export interface DemoCredentials {
  orgId: string;
  email: string;
  password: string;
  enrollmentToken: string;
  /** Reports written now (0 when the org already had data). */
  reportsSeeded: number;
}

/**
 * Creates the demo org on first run. Later runs keep the data and issue a fresh admin password
 * and enrollment token (neither is stored in clear, so they can only be shown when made).
 */
export async function seedDemo(db: Kysely<Database>, now: number, k: number): Promise<DemoCredentials> {
  const existing = await findOrgByName(db, DEMO_ORG_NAME);
  const org = existing ?? (await createOrg(db, DEMO_ORG_NAME, k, now));
  const password = randomPassword();
  await upsertAdmin(db, org.id, DEMO_ADMIN_EMAIL, password, now);
  const { secret } = await createToken(db, org.id, `demo ${new Date(now).toISOString().slice(0, 10)}`, now);
  let reportsSeeded = 0;
  if (existing === undefined) {
    const policy = PolicySchema.parse({
      schemaVersion: 1,
      orgName: DEMO_ORG_NAME,
      notes: [
        {
          id: 'sf-no-pii',
          app: 'salesforce',
          level: 'caution',
          text: 'Remove customer personal data before pasting into an AI tool.',
        },
      ],
    });
    await saveDraft(db, org.id, policy, now);
    await publishDraft(db, org.id, now);
    await createUseCase(
      db,
      org.id,
      { name: 'Opportunity follow-ups', app: 'salesforce', tipIds: ['sf-opp-followup', 'sf-opp-call-plan'], owner: 'Sales enablement', target: { kind: 'uses_per_week', value: 150 } },
      now,
    );
    await createUseCase(
      db,
      org.id,
      { name: 'Empathetic ticket replies', app: 'zendesk', tipIds: ['zd-ticket-empathetic-reply'], owner: 'Support ops', target: { kind: 'adoption_pct', value: 25 } },
      now,
    );
    const reports = demoReports(dayOf(now));
    for (let i = 0; i < reports.length; i += MAX_BATCH) {
      const batch: PendingReport[] = reports.slice(i, i + MAX_BATCH).map((report) => ({ orgId: org.id, report }));
      const outcomes = await writeBatch(db, batch, now);
      reportsSeeded += outcomes.filter((o) => o === 'created').length;
    }
  }
  return { orgId: org.id, email: DEMO_ADMIN_EMAIL, password, enrollmentToken: secret, reportsSeeded };
}
