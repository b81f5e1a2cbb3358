/**
 * The usage benchmarks alone (Chromium + Node), for re-measuring the store without the page-cost
 * runs (~1 min instead of ~5). Benchmarks, not tests: nothing fails on a slow number.
 *   npx tsx bench/usage-run.ts            prints the usage sections
 *   npx tsx bench/usage-run.ts --write    ... and replaces them (and the dashboard budget row) in
 *                                          BENCHMARKS.md's results block; the rest stays as it is
 *   npx tsx bench/usage-run.ts --runs 15  more cold-open runs (default 7, as `npm run bench`)
 * Needs no extension build: the page bundles lib/usage itself.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { commit, dirty, machine, machineTable } from './lib/machine';
import { verdict } from './lib/stats';
import { AGGREGATE_BUDGET_MS, runUsageChromium, type UsageOptions } from './usage-chromium';
import { nodeUsageTable } from './lib/node-usage';

const BENCHMARKS_MD = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));
const RESULTS_END = '<!-- bench:results:end -->';
const CHROMIUM_HEADING = '#### Usage store in Chromium';
const NODE_HEADING = '#### Usage store in Node (fake-indexeddb, in-memory JS; `npx tsx bench/usage-store.bench.ts`)';
const BUDGET_NAME = `Dashboard aggregates over 3 years ≤ ${AGGREGATE_BUDGET_MS} ms (Chromium)`;
/** As bench/run.ts's full mode, so both commands measure the same thing. */
const DEFAULT_OPTIONS: UsageOptions = { writes: 1_000, writesFullDb: 500, reps: 3, aggregateRuns: 7 };

const argv = process.argv.slice(2);
const write = argv.includes('--write');
const runsAt = argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : DEFAULT_OPTIONS.aggregateRuns;
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs wants a whole number ≥ 1');
const started = Date.now();
const log = (m: string): void => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${m}`);


async function main(): Promise<void> {
  const m = machine();
  const sha = commit();
  const date = new Date().toISOString().slice(0, 10);
  const loadBefore = loadavg()[0] ?? Number.NaN;
  const usage = await runUsageChromium({ ...DEFAULT_OPTIONS, aggregateRuns: runs }, log);
  log('usage (Node, fake-indexeddb)');
  const nodeUsage = nodeUsageTable();
  const loadAfter = loadavg()[0] ?? Number.NaN;
  const budget = `| ${BUDGET_NAME} | ${verdict(usage.holds)} | median ${usage.aggregateMs.toFixed(1)} ms (row-by-row baseline ${usage.baselineMs.toFixed(1)} ms, same run) |`;
  const sections = [
    CHROMIUM_HEADING,
    '',
    `Re-run alone (\`npx tsx bench/usage-run.ts --write\`): ${date}, commit ${sha}${dirty() ? ' + uncommitted changes' : ''}.`,
    '',
    machineTable(m),
    // A shared machine stretches every wall-clock figure: compare within a run (the ratios).
    `- load average (1 min) at start / end: ${loadBefore.toFixed(1)} / ${loadAfter.toFixed(1)} on ${m.nproc} cores`,
    '',
    usage.markdown,
    '',
    NODE_HEADING,
    '',
    nodeUsage,
  ].join('\n');
  if (/\bNaN\b|n\/a/.test(sections)) throw new Error('a benchmark produced no number (NaN / n/a in the tables)');
  console.log(`${budget}\n\n${sections}`);

  if (write) {
    let doc = readFileSync(BENCHMARKS_MD, 'utf8');
    const a = doc.indexOf(CHROMIUM_HEADING);
    const b = doc.indexOf(RESULTS_END);
    if (a < 0 || b < a) throw new Error('BENCHMARKS.md lacks the usage section inside the bench:results block');
    doc = `${doc.slice(0, a)}${sections}\n${doc.slice(b)}`;
    const row = doc.split('\n').findIndex((l) => l.startsWith(`| ${BUDGET_NAME} |`));
    if (row < 0) throw new Error('BENCHMARKS.md lacks the dashboard budget row');
    const lines = doc.split('\n');
    lines[row] = budget;
    writeFileSync(BENCHMARKS_MD, lines.join('\n'));
    log('BENCHMARKS.md updated (usage sections and the dashboard budget row)');
  }
  log('done');
}

await main();
