/**
 * Runs every benchmark and prints the markdown for BENCHMARKS.md. Benchmarks, not tests: nothing
 * here fails on a slow number.
 *   npx tsx bench/run.ts           full run, prints the tables
 *   npx tsx bench/run.ts --write   ... and replaces the results block of BENCHMARKS.md and adds a History row
 *   npx tsx bench/run.ts --smoke   one quick repetition of everything (CI: the harness still works)
 * Needs a built extension in .output/chrome-mv3 (npm run bench builds first).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { commit, dirty, machine, machineTable } from './lib/machine';
import { table, verdict } from './lib/stats';
import { runMatch } from './match';
import { runPageCost, type PageCostOptions } from './page-cost';
import { runUsageChromium, type UsageOptions } from './usage-chromium';
import { nodeUsageTable } from './lib/node-usage';

const BENCHMARKS_MD = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));
const RESULTS_START = '<!-- bench:results:start -->';
const RESULTS_END = '<!-- bench:results:end -->';
const HISTORY_END = '<!-- bench:history:end -->';

interface Mode {
  page: PageCostOptions;
  matchCalls: number;
  usage: UsageOptions;
}

const FULL: Mode = {
  page: { loadReps: 7, spaRounds: 6, churnReps: 3, churnSeconds: 10 },
  matchCalls: 20_000,
  usage: { writes: 1_000, writesFullDb: 500, reps: 3, aggregateRuns: 7 },
};
const SMOKE: Mode = {
  page: { loadReps: 1, spaRounds: 1, churnReps: 1, churnSeconds: 2 },
  matchCalls: 2_000,
  usage: { writes: 100, writesFullDb: 50, reps: 1, aggregateRuns: 1 },
};

const args = new Set(process.argv.slice(2));
const smoke = args.has('--smoke');
const write = args.has('--write') && !smoke;
const mode = smoke ? SMOKE : FULL;
const started = Date.now();
const log = (m: string): void => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${m}`);


async function main(): Promise<void> {
  const m = machine();
  const sha = commit();
  const date = new Date().toISOString().slice(0, 10);

  const page = await runPageCost(mode.page, log);
  log('matching');
  const match = runMatch(mode.matchCalls);
  const usage = await runUsageChromium(mode.usage, log);
  log('usage (Node, fake-indexeddb)');
  const nodeUsage = nodeUsageTable();

  const budgets = [
    ...page.budgets,
    { name: 'Matching 1 000 tips ≤ 0.2 ms p95', holds: match.holds, detail: `p95 ${(match.p95Ms * 1000).toFixed(1)} µs (Node)` },
    { name: 'Dashboard aggregates over 3 years ≤ 50 ms (Chromium)', holds: usage.holds, detail: `median ${usage.aggregateMs.toFixed(1)} ms` },
  ];
  const markdown = [
    `### Results: ${date}, commit ${sha}${dirty() ? ' + uncommitted changes' : ''}${smoke ? ' (SMOKE: 1 repetition, not for comparison)' : ''}`,
    '',
    machineTable(m),
    '',
    '#### Budgets',
    '',
    table(
      ['Budget', 'Verdict', 'Measured'],
      budgets.map((b) => [b.name, verdict(b.holds), b.detail]),
    ),
    '',
    page.markdown,
    '',
    '#### Playbook matching (1 000 tips)',
    '',
    match.markdown,
    '',
    '#### Usage store in Chromium',
    '',
    usage.markdown,
    '',
    '#### Usage store in Node (fake-indexeddb, in-memory JS; `npx tsx bench/usage-store.bench.ts`)',
    '',
    nodeUsage,
  ].join('\n');

  // Smoke: the harness ran end to end and every number is a number. Timings are not judged.
  if (/\bNaN\b|n\/a/.test(markdown)) throw new Error('a benchmark produced no number (NaN / n/a in the tables)');
  console.log(markdown);

  if (write) {
    let doc = readFileSync(BENCHMARKS_MD, 'utf8');
    const a = doc.indexOf(RESULTS_START);
    const b = doc.indexOf(RESULTS_END);
    const h = doc.indexOf(HISTORY_END);
    if (a < 0 || b < a || h < 0) throw new Error('BENCHMARKS.md lacks the bench:results / bench:history markers');
    const held = budgets.filter((x) => x.holds).length;
    const history = `| ${date} | ${sha}${dirty() ? '+' : ''} | ${m.nproc}× ${m.cpu}, ${m.chromium} | ${page.headline}; match p95 ${(match.p95Ms * 1000).toFixed(0)} µs; ${usage.headline} | ${held}/${budgets.length} |\n`;
    doc = doc.slice(0, a + RESULTS_START.length) + '\n' + markdown + '\n' + doc.slice(b);
    const h2 = doc.indexOf(HISTORY_END);
    doc = doc.slice(0, h2) + history + doc.slice(h2);
    writeFileSync(BENCHMARKS_MD, doc);
    log('BENCHMARKS.md updated');
  }
  log('done');
}

await main();
