/**
 * CPU profile of the server under the ingest bench's load: `tsx bench/server-profile.ts [--engine
 * sqlite|postgresql] [--reports N] [--out DIR]`. Starts `server/main.ts --workers 1` under
 * `node --cpu-prof`, posts N reports from bench/server-load.ts (a separate process), stops the
 * server (SIGTERM: it drains and exits, which writes the .cpuprofile) and prints the top functions
 * by self time. Not a benchmark: profiling slows the server down.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../scripts/pg-test';
import { openDb, type DbTarget } from '../server/db/connect';
import { migrateToLatest } from '../server/db/migrations';
import { createOrg } from '../server/store/orgs';
import { createToken } from '../server/store/tokens';
import type { LoadConfig, LoadResult } from './server-load';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(BENCH_DIR, '..');
const LOOPBACK = '127.0.0.1';
const EXT_ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const LISTENING = /Lastmile server on http:\/\/127\.0\.0\.1:(\d+)/;
const TOP = 45;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function runLoad(cfg: LoadConfig): Promise<LoadResult> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(BENCH_DIR, 'server-load.ts'), JSON.stringify(cfg)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.once('exit', (code) => (code === 0 ? res(JSON.parse(out.trim().split('\n').pop() ?? '{}') as LoadResult) : rej(new Error(`load exited ${code}`))));
  });
}

/** Self time per function and, for a few well-known areas, inclusive share. */
function summarise(file: string): void {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const counts = new Map<number, number>();
  for (const s of p.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
  const total = p.samples.length;
  const self = new Map<string, number>();
  for (const [id, c] of counts) {
    const f = byId.get(id)?.callFrame;
    if (f === undefined) continue;
    const key = `${f.functionName || '(anon)'} ${f.url.replace(/^.*node_modules\//, 'nm/').replace(/^file:\/\/.*\/work\/main\//, '')}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + c);
  }
  console.log(`samples: ${total}`);
  for (const [k, c] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    console.log(`${((100 * c) / total).toFixed(1).padStart(5)} %  ${k}`);
  }
  // Inclusive time of each function name (counted once per stack).
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const ch of n.children ?? []) parent.set(ch, n.id);
  const incl = new Map<string, number>();
  for (const [id, c] of counts) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)?.callFrame;
      if (f === undefined) continue;
      const key = `${f.functionName || '(anon)'} ${f.url.replace(/^.*node_modules\//, 'nm/').replace(/^file:\/\/.*\/work\/main\//, '')}:${f.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      incl.set(key, (incl.get(key) ?? 0) + c);
    }
  }
  console.log('\ninclusive:');
  for (const [k, c] of [...incl.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP * 2)) {
    console.log(`${((100 * c) / total).toFixed(1).padStart(5)} %  ${k}`);
  }
}

async function main(): Promise<void> {
  const engine = flag('--engine') ?? 'postgresql';
  const reports = Number(flag('--reports') ?? 30_000);
  const out = resolve(flag('--out') ?? mkdtempSync(join(tmpdir(), 'lastmile-prof-')));
  mkdirSync(out, { recursive: true });
  let pg: ThrowawayPostgres | undefined;
  const tmp = mkdtempSync(join(tmpdir(), 'lastmile-profdb-'));
  try {
    const target: DbTarget = engine === 'sqlite' ? { kind: 'sqlite', path: join(tmp, 'p.db') } : { kind: 'postgres', url: (pg = await startThrowawayPostgres()).url };
    const db = openDb(target);
    await migrateToLatest(db.kysely);
    const org = await createOrg(db.kysely, `prof-${Date.now()}`, 5, Date.now());
    const secret = (await createToken(db.kysely, org.id, 'prof', Date.now())).secret;
    await db.close();
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: LOOPBACK, INGEST_RATE_PER_MINUTE: String(Number.MAX_SAFE_INTEGER) };
    delete env.DATABASE_URL;
    if (target.kind === 'postgres') env.DATABASE_URL = target.url;
    else env.SQLITE_PATH = target.path;
    const child = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${out}`, '--import', 'tsx', join(REPO_ROOT, 'server', 'main.ts'), '--workers', '1'], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    const port = await new Promise<number>((res, rej) => {
      let text = '';
      child.stdout.on('data', (c: Buffer) => {
        text += c.toString();
        const m = LISTENING.exec(text);
        if (m) res(Number(m[1]));
      });
      child.once('exit', (code) => rej(new Error(`server exited ${code}: ${text}`)));
    });
    child.stdout.resume();
    const r = await runLoad({ host: LOOPBACK, port, token: secret, origin: EXT_ORIGIN, reports, seed: 7, connections: 256, timeoutMs: 120_000 });
    console.log(JSON.stringify(r));
    child.kill('SIGTERM');
    await exited;
    // Thread 0 is the main thread (tsx's loader runs in a worker thread with its own profile).
    const file = readdirSync(out).filter((f) => /\.0\.\d+\.cpuprofile$/.test(f)).sort().pop();
    if (file === undefined) throw new Error('no profile written');
    console.log(`profile: ${join(out, file)}`);
    summarise(join(out, file));
  } finally {
    pg?.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

const only = flag("--summarise");
if (only !== undefined) summarise(only);
else await main();
