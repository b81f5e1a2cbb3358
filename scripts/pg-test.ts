/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: initdb into a temp dir as the
 * `postgres` user (PostgreSQL refuses to run as root), start it on a free loopback port, and stop
 * it and delete the dir afterwards. Used by test/server/pg-setup.ts and bench/server-*.bench.ts.
 *
 * CLI: `npx tsx scripts/pg-test.ts -- <command...>` runs the command with DATABASE_URL_TEST set
 * to a fresh cluster, then tears it down (e.g. `-- npx vitest run --project server`). SIGINT,
 * SIGTERM or SIGHUP to the wrapper are passed on to the command; the cluster is stopped once it exits.
 *
 * A run killed outright (SIGKILL) can't clean up, so each cluster dir records its owner process
 * (owner.json) and every start first removes the clusters whose owner is gone. A cluster whose
 * owner still runs (a parallel run) is never touched, nor is a dir without a readable owner.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN_DIRS = ['/usr/lib/postgresql/15/bin', '/usr/local/bin', '/usr/bin'];
const PG_USER = 'postgres';
const LOOPBACK = '127.0.0.1';
/** Durability is pointless for a throwaway cluster; these make it start and write faster. */
const FAST_SETTINGS = ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off'];
const DIR_MODE = 0o700;
/** Every throwaway cluster lives in `<tmpdir>/lastmile-pg-XXXXXX`. */
const DIR_PREFIX = 'lastmile-pg-';
const OWNER_FILE = 'owner.json';

export interface ThrowawayPostgres {
  url: string;
  /** The cluster's temp dir (data/, log, socket, owner.json). */
  dir: string;
  stop(): void;
}

/** The process a cluster belongs to; `startTime` tells a reused pid from the original owner. */
export interface ClusterOwner {
  pid: number;
  /** Start time in clock ticks since boot (/proc/<pid>/stat field 22); absent without /proc. */
  startTime?: number;
}

/** State and start time of a process from /proc, or undefined when it (or /proc) isn't there. */
function procStat(pid: number): { state: string; startTime: number } | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) may hold spaces and parentheses: count fields after its closing one.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const startTime = Number(fields[19]);
  return Number.isFinite(startTime) ? { state: fields[0] ?? '', startTime } : undefined;
}

/** This process as a cluster owner. */
function selfOwner(): ClusterOwner {
  const startTime = procStat(process.pid)?.startTime;
  return startTime === undefined ? { pid: process.pid } : { pid: process.pid, startTime };
}

/** Whether the owner still runs: same pid, same start time, and not a zombie (killed, not yet reaped). */
export function ownerAlive(owner: ClusterOwner): boolean {
  const stat = procStat(owner.pid);
  if (stat !== undefined) return stat.state !== 'Z' && (owner.startTime === undefined || stat.startTime === owner.startTime);
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, it just isn't ours to signal.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(dir: string): ClusterOwner | undefined {
  try {
    const raw: unknown = JSON.parse(readFileSync(join(dir, OWNER_FILE), 'utf8'));
    if (typeof raw !== 'object' || raw === null) return undefined;
    const { pid, startTime } = raw as Record<string, unknown>;
    if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return undefined;
    return typeof startTime === 'number' ? { pid, startTime } : { pid };
  } catch {
    return undefined;
  }
}

/** Written whole or not at all, so a concurrent start never reads half a file. */
function writeOwner(dir: string, owner: ClusterOwner): void {
  const tmp = join(dir, `${OWNER_FILE}.tmp`);
  writeFileSync(tmp, JSON.stringify(owner));
  renameSync(tmp, join(dir, OWNER_FILE));
}

/** The throwaway cluster dirs in the temp dir and their recorded owners (undefined: none readable). */
export function throwawayClusters(root: string = tmpdir()): { dir: string; owner: ClusterOwner | undefined }[] {
  let names: string[];
  try {
    names = readdirSync(root).filter((n) => n.startsWith(DIR_PREFIX));
  } catch {
    return [];
  }
  return names.map((n) => join(root, n)).map((dir) => ({ dir, owner: readOwner(dir) }));
}

/** Deletes a cluster dir, its owner record last: a removal cut short still names a dead owner. */
function removeClusterDir(dir: string): void {
  try {
    for (const name of readdirSync(dir)) {
      if (name !== OWNER_FILE) rmSync(join(dir, name), { recursive: true, force: true });
    }
    rmSync(dir, { recursive: true, force: true });
  } catch {
    // Another start removing the same dir at the same moment: whatever is left, it finishes.
  }
}

function findBin(name: string): string | undefined {
  return BIN_DIRS.map((d) => join(d, name)).find((p) => existsSync(p));
}

/** Why a cluster can't be started here, or undefined when it can. */
export function postgresUnavailable(): string | undefined {
  if (findBin('initdb') === undefined || findBin('pg_ctl') === undefined) return 'initdb/pg_ctl not found';
  if (process.getuid?.() !== 0) return 'not root (the cluster is started as the postgres user via su)';
  const id = spawnSync('id', ['-u', PG_USER], { encoding: 'utf8' });
  if (id.status !== 0) return `no "${PG_USER}" user`;
  return undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, LOOPBACK, () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

function asPostgres(command: string): void {
  execFileSync('su', [PG_USER, '-s', '/bin/sh', '-c', command], { stdio: ['ignore', 'ignore', 'pipe'] });
}

/**
 * Stops (immediate mode: its data is thrown away anyway) and deletes every throwaway cluster whose
 * owner is gone. Returns the dirs removed. Needs to run as root, like starting one.
 */
export function reapAbandonedClusters(root: string = tmpdir()): string[] {
  const pgCtl = findBin('pg_ctl');
  const reaped: string[] = [];
  for (const { dir, owner } of throwawayClusters(root)) {
    if (owner === undefined || ownerAlive(owner)) continue;
    const data = join(dir, 'data');
    if (pgCtl !== undefined && existsSync(join(data, 'postmaster.pid'))) {
      try {
        asPostgres(`${quote(pgCtl)} -D ${quote(data)} -m immediate -w stop`);
      } catch {
        // Not running any more (or another start stopped it first): only the files are left.
      }
    }
    removeClusterDir(dir);
    console.error(`pg-test: removed ${dir}, left running by process ${owner.pid}, which is gone`);
    reaped.push(dir);
  }
  return reaped;
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const problem = postgresUnavailable();
  if (problem !== undefined) throw new Error(`cannot start PostgreSQL: ${problem}`);
  reapAbandonedClusters();
  const initdb = findBin('initdb') as string;
  const pgCtl = findBin('pg_ctl') as string;
  const dir = mkdtempSync(join(tmpdir(), DIR_PREFIX));
  // Before anything can start: a run killed from here on leaves a cluster the next start can claim.
  writeOwner(dir, selfOwner());
  chmodSync(dir, DIR_MODE);
  execFileSync('chown', [`${PG_USER}:`, dir]);
  const data = join(dir, 'data');
  const port = await freePort();
  let started = false;
  const stop = (): void => {
    if (started) {
      try {
        asPostgres(`${quote(pgCtl)} -D ${quote(data)} -m fast -w stop`);
      } catch {
        // Already stopped: nothing to do but remove the files.
      }
      started = false;
    }
    removeClusterDir(dir);
  };
  try {
    asPostgres(`${quote(initdb)} -D ${quote(data)} -U ${PG_USER} -A trust --no-sync -E UTF8 --locale=C`);
    const serverOpts = [`-p ${port}`, `-k ${dir}`, `-c listen_addresses=${LOOPBACK}`, ...FAST_SETTINGS].join(' ');
    asPostgres(`${quote(pgCtl)} -D ${quote(data)} -l ${quote(join(dir, 'log'))} -o ${quote(serverOpts)} -w start`);
    started = true;
  } catch (err) {
    stop();
    const stderr = (err as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`cannot start PostgreSQL: ${(err as Error).message} ${stderr}`);
  }
  return { url: `postgres://${PG_USER}@${LOOPBACK}:${port}/postgres`, dir, stop };
}

const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** The shell's convention for "ended by signal N". */
const signalStatus = (signal: NodeJS.Signals): number => 128 + constants.signals[signal];

/** Runs the command against a fresh cluster; resolves with the exit status once the cluster is gone. */
async function runWithCluster(cmd: readonly string[]): Promise<number> {
  let received: NodeJS.Signals | undefined;
  let child: ReturnType<typeof spawn> | undefined;
  const onSignal = (signal: NodeJS.Signals): void => {
    // Ctrl-C reaches the whole process group, a plain `kill` only us: pass it on either way. A
    // second signal means the command didn't stop: kill it, the cluster still gets stopped.
    if (received !== undefined) child?.kill('SIGKILL');
    else child?.kill(signal);
    received ??= signal;
  };
  for (const signal of FORWARDED_SIGNALS) process.on(signal, onSignal);
  const pg = await startThrowawayPostgres();
  if (received !== undefined) {
    pg.stop();
    return signalStatus(received);
  }
  const status = await new Promise<number>((resolve) => {
    child = spawn(cmd[0] as string, cmd.slice(1), { stdio: 'inherit', env: { ...process.env, DATABASE_URL_TEST: pg.url } });
    child.once('error', (err) => {
      console.error(`pg-test: cannot run ${cmd[0]}: ${err.message}`);
      resolve(1);
    });
    child.once('exit', (code, signal) => resolve(code ?? (signal === null ? 1 : signalStatus(signal))));
  });
  pg.stop();
  return received === undefined ? status : signalStatus(received);
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const sep = process.argv.indexOf('--');
  const cmd = sep >= 0 ? process.argv.slice(sep + 1) : [];
  if (cmd.length === 0) {
    console.error('usage: npx tsx scripts/pg-test.ts -- <command...>');
    process.exit(2);
  }
  process.exit(await runWithCluster(cmd));
}
