/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: initdb into a temp dir as the
 * `postgres` user (PostgreSQL refuses to run as root), start it on a free loopback port, and stop
 * it and delete the dir afterwards. Used by test/server/pg-setup.ts and bench/server-*.bench.ts.
 *
 * CLI: `npx tsx scripts/pg-test.ts -- <command...>` runs the command with DATABASE_URL_TEST set
 * to a fresh cluster, then tears it down (e.g. `-- npx vitest run --project server`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN_DIRS = ['/usr/lib/postgresql/15/bin', '/usr/local/bin', '/usr/bin'];
const PG_USER = 'postgres';
const LOOPBACK = '127.0.0.1';
/** Durability is pointless for a throwaway cluster; these make it start and write faster. */
const FAST_SETTINGS = ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off'];
const DIR_MODE = 0o700;

export interface ThrowawayPostgres {
  url: string;
  stop(): void;
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

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const problem = postgresUnavailable();
  if (problem !== undefined) throw new Error(`cannot start PostgreSQL: ${problem}`);
  const initdb = findBin('initdb') as string;
  const pgCtl = findBin('pg_ctl') as string;
  const dir = mkdtempSync(join(tmpdir(), 'lastmile-pg-'));
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
    rmSync(dir, { recursive: true, force: true });
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
  return { url: `postgres://${PG_USER}@${LOOPBACK}:${port}/postgres`, stop };
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const sep = process.argv.indexOf('--');
  const cmd = sep >= 0 ? process.argv.slice(sep + 1) : [];
  if (cmd.length === 0) {
    console.error('usage: npx tsx scripts/pg-test.ts -- <command...>');
    process.exit(2);
  }
  const pg = await startThrowawayPostgres();
  let status = 1;
  try {
    const res = spawnSync(cmd[0] as string, cmd.slice(1), { stdio: 'inherit', env: { ...process.env, DATABASE_URL_TEST: pg.url } });
    status = res.status ?? 1;
  } finally {
    pg.stop();
  }
  process.exit(status);
}
