/** Runs the Node/fake-indexeddb usage bench (bench/usage-store.bench.ts) as its own process and keeps its table. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const NODE_USAGE_BENCH = fileURLToPath(new URL('../usage-store.bench.ts', import.meta.url));

export function nodeUsageTable(): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', NODE_USAGE_BENCH], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`usage-store.bench.ts failed: ${r.stderr}`);
  return r.stdout
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .join('\n');
}
