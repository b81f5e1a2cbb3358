/**
 * Usage-store benchmarks in real Chromium: bench/usage-page/entry.ts is bundled with esbuild,
 * served from 127.0.0.1 (cross-origin isolated: 5 µs timers) and driven with playwright in a
 * persistent temporary profile, so IndexedDB is Chromium's real on-disk LevelDB, not in memory.
 * The page gets the extension pages' CSP (wxt.config.ts: no eval), so zod runs as it does in the
 * habits page: without its eval-compiled fast path.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH } from './lib/machine';
import { startStaticServer } from './lib/server';
import { fmtKb, fmtMb, fmtMs, median, p95, table, verdict } from './lib/stats';
import type { LastmileBench, WriteRun } from './usage-page/entry';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = fileURLToPath(new URL('./usage-page/entry.ts', import.meta.url));
const PAGE = '<!doctype html><html><head><meta charset="utf-8"><title>loading</title><script src="/bench.js"></script></head><body></body></html>';
const READY_TIMEOUT_MS = 15_000;
/** The manifest's content_security_policy.extension_pages (wxt.config.ts). */
export const EXTENSION_PAGE_CSP = "script-src 'self'; object-src 'self'";
export const AGGREGATE_BUDGET_MS = 50;
const KB = 1024;
const MB = KB * KB;

export interface UsageOptions {
  writes: number;
  writesFullDb: number;
  reps: number;
  aggregateRuns: number;
}

export interface UsageResult {
  markdown: string;
  aggregateMs: number;
  /** The same open through the v3 read path (every day row parsed), same run. */
  baselineMs: number;
  holds: boolean;
  headline: string;
}

type BenchWindow = Window & { lastmileBench: LastmileBench };

async function bundle(): Promise<Buffer> {
  const out = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    absWorkingDir: ROOT,
    tsconfig: join(ROOT, 'tsconfig.json'),
    logLevel: 'silent',
  });
  const file = out.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output');
  return Buffer.from(file.contents);
}

const writeStore = (page: Page, db: string, n: number): Promise<WriteRun> =>
  page.evaluate(([db, n]) => (window as unknown as BenchWindow).lastmileBench.writeStore(db, n), [db, n] as const);
const writeRaw = (page: Page, db: string, n: number): Promise<WriteRun> =>
  page.evaluate(([db, n]) => (window as unknown as BenchWindow).lastmileBench.writeRaw(db, n), [db, n] as const);

function writeStats(runs: readonly WriteRun[]): { perSecond: number; p50: number; p95: number } {
  const all = runs.flatMap((r) => r.latencies);
  return {
    perSecond: median(runs.map((r) => (r.latencies.length / r.totalMs) * 1000)),
    p50: median(all),
    p95: p95(all),
  };
}

export async function runUsageChromium(opts: UsageOptions, log: (m: string) => void): Promise<UsageResult> {
  const js = await bundle();
  const server = await startStaticServer({
    '/': { type: 'text/html; charset=utf-8', body: Buffer.from(PAGE) },
    '/bench.js': { type: 'text/javascript', body: js },
  }, { 'content-security-policy': EXTENSION_PAGE_CSP });
  const userDataDir = await mkdtemp(join(tmpdir(), 'lastmile-bench-usage-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${server.port}/`);
    await page.waitForFunction(() => document.title === 'ready', undefined, { timeout: READY_TIMEOUT_MS });
    const isolated = await page.evaluate(() => (window as unknown as BenchWindow).lastmileBench.crossOriginIsolated);
    const evalAllowed = await page.evaluate(() => (window as unknown as BenchWindow).lastmileBench.evalAllowed);

    // Side by side, alternating which goes first, a fresh database each time.
    const store: WriteRun[] = [];
    const raw: WriteRun[] = [];
    for (let rep = 0; rep < opts.reps; rep++) {
      log(`usage (Chromium): writes, repetition ${rep + 1}/${opts.reps}`);
      if (rep % 2 === 0) {
        store.push(await writeStore(page, `store-${rep}`, opts.writes));
        raw.push(await writeRaw(page, `raw-${rep}`, opts.writes));
      } else {
        raw.push(await writeRaw(page, `raw-${rep}`, opts.writes));
        store.push(await writeStore(page, `store-${rep}`, opts.writes));
      }
    }

    log('usage (Chromium): three years of history');
    const seed = await page.evaluate(() => (window as unknown as BenchWindow).lastmileBench.seedThreeYears('three-years'));
    const agg = await page.evaluate(
      (runs) => (window as unknown as BenchWindow).lastmileBench.aggregates('three-years', runs),
      opts.aggregateRuns,
    );
    const full = await writeStore(page, 'three-years', opts.writesFullDb);

    log('usage (Chromium): storage per year');
    const size = await page.evaluate(() => (window as unknown as BenchWindow).lastmileBench.storageYear('one-year'));

    const s = writeStats(store);
    const r = writeStats(raw);
    const f = writeStats([full]);
    const total = agg.loadMs.map((l, i) => l + (agg.summaryMs[i] ?? 0));
    const baseTotal = agg.baseLoadMs.map((l, i) => l + (agg.baseSummaryMs[i] ?? 0));
    const liveTotal = agg.liveLoadMs.map((l, i) => l + (agg.liveSummaryMs[i] ?? 0));
    const aggregateMs = median(total);
    const baselineMs = median(baseTotal);
    const vsBase = (v: number, base: number): string => `${(v / base).toFixed(2)}×`;
    const usageDelta = size.usageAfter - size.usageBefore;
    const markdown = [
      `Chromium page on 127.0.0.1, persistent profile (on-disk IndexedDB), crossOriginIsolated: ${isolated}, the extension pages' CSP (\`${EXTENSION_PAGE_CSP}\`; eval ${evalAllowed ? 'ALLOWED: zod uses its JIT, unlike the extension' : 'blocked, as in the extension: zod without its JIT'}). Writes are serial, one transaction each, ${opts.writes} per repetition × ${opts.reps}; latency percentiles over all writes.`,
      '',
      table(
        ['Metric', 'UsageStore.record() (Dexie + rollup + informed link)', 'baseline: raw IndexedDB add, same rows', 'ratio'],
        [
          ['throughput, empty DB', `${Math.round(s.perSecond)} events/s`, `${Math.round(r.perSecond)} events/s`, `${(r.perSecond / s.perSecond).toFixed(2)}× slower`],
          ['latency p50', fmtMs(s.p50, 2), fmtMs(r.p50, 2), `${(s.p50 / r.p50).toFixed(2)}×`],
          ['latency p95', fmtMs(s.p95, 2), fmtMs(r.p95, 2), `${(s.p95 / r.p95).toFixed(2)}×`],
          [`throughput / p50 / p95, 3-year DB (${opts.writesFullDb} writes)`, `${Math.round(f.perSecond)} events/s / ${fmtMs(f.p50, 2)} / ${fmtMs(f.p95, 2)}`, '—', '—'],
        ],
      ),
      '',
      `Dashboard opening, as entrypoints/habits/data.ts does it: a new connection and UsageStore (nothing cached), the first value of \`liveQuery(() => store.rollups())\`, then \`summarizeHabits\`; ${agg.loadMs.length} runs, interleaved with the baseline (the v3 read path: the same, but every day row read and zod-parsed), alternating which goes first.`,
      '',
      table(
        ['Dashboard aggregates, 3 years', 'median', 'p95', 'vs baseline (median)'],
        [
          [`seed (bulk, as a v3 database): ${seed.rollups} rollups + ${seed.events} events`, fmtMs(seed.ms), '—', '—'],
          [`migration v3 → v4 at the first open after the update (${seed.months} month chunks built)`, fmtMs(seed.migrateMs), '—', '—'],
          [`baseline: read + parse every day row (${agg.days} days)`, fmtMs(median(agg.baseLoadMs)), fmtMs(p95(agg.baseLoadMs)), '1.00×'],
          ['… of which reading the rows (Dexie toArray, no parse)', fmtMs(median(agg.rawMs)), fmtMs(p95(agg.rawMs)), '—'],
          ['baseline total, with summarizeHabits', fmtMs(baselineMs), fmtMs(p95(baseTotal)), '1.00×'],
          [`store.rollups() from month chunks (${agg.days} days)`, fmtMs(median(agg.loadMs)), fmtMs(p95(agg.loadMs)), vsBase(median(agg.loadMs), median(agg.baseLoadMs))],
          ['summarizeHabits(rollups, DEFAULT_HABIT_SETTINGS, today)', fmtMs(median(agg.summaryMs)), fmtMs(p95(agg.summaryMs)), vsBase(median(agg.summaryMs), median(agg.baseSummaryMs))],
          [`total at open (budget ≤ ${AGGREGATE_BUDGET_MS} ms): ${verdict(aggregateMs <= AGGREGATE_BUDGET_MS)}`, fmtMs(aggregateMs), fmtMs(p95(total)), vsBase(aggregateMs, baselineMs)],
          ['open dashboard after one background write: store.rollups() (version check + that day)', fmtMs(median(agg.liveLoadMs)), fmtMs(p95(agg.liveLoadMs)), '—'],
          ['… + summarizeHabits', fmtMs(median(liveTotal)), fmtMs(p95(liveTotal)), '—'],
        ],
      ),
      '',
      table(
        ['Storage, one heavy year', 'value'],
        [
          [
            `navigator.storage.estimate() growth after ${size.events} events + ${size.rollups} rollups`,
            `${fmtMb(usageDelta)} (${Math.round(usageDelta / (size.events + size.rollups))} B/row)`,
          ],
          [`raw events, JSON`, `${fmtMb(size.eventJsonBytes)} (${Math.round(size.eventJsonBytes / size.events)} B/event)`],
          [
            'rollups, JSON (compact / uncompacted)',
            `${fmtKb(size.rollupJsonBytes)} / ${fmtKb(size.rollupFullJsonBytes)} (${Math.round(size.rollupJsonBytes / size.rollups)} B/day)`,
          ],
          [`month chunks (${size.chunks}; typed-array bytes + name lists as JSON)`, `${fmtKb(size.chunkBytes)} (${Math.round(size.chunkBytes / size.rollups)} B/day)`],
        ],
      ),
    ].join('\n');
    const headline = `record() ${Math.round(s.perSecond)}/s p95 ${fmtMs(s.p95, 2)} (raw ${Math.round(r.perSecond)}/s); 3-year aggregates ${fmtMs(aggregateMs)} at open (row-by-row baseline ${fmtMs(baselineMs)}), ${fmtMs(median(liveTotal))} live; 1 heavy year ${(usageDelta / MB).toFixed(1)} MB on disk`;
    return { markdown, aggregateMs, baselineMs, holds: aggregateMs <= AGGREGATE_BUDGET_MS, headline };
  } finally {
    await context.close();
    await server.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}
