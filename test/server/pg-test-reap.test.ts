/**
 * scripts/pg-test.ts with real processes and real clusters (as root, via the postgres user):
 * - a wrapper killed outright (SIGKILL) leaves its cluster running; the next start stops it and
 *   deletes its dir, while a cluster whose owner still runs is left alone;
 * - SIGINT/SIGTERM to the wrapper stop the command, then the cluster, and exit 128 + signal.
 * Without root and PostgreSQL these fail with the reason, like the other PostgreSQL suites.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ownerAlive,
  postgresUnavailable,
  startThrowawayPostgres,
  throwawayClusters,
  type ClusterOwner,
  type ThrowawayPostgres,
} from '../../scripts/pg-test';

const SCRIPT = fileURLToPath(new URL('../../scripts/pg-test.ts', import.meta.url));
/** Starting a cluster (initdb + start) takes a few seconds on a slow machine; a test starts up to three. */
const CLUSTERS_TIMEOUT_MS = 90_000;

interface Wrapper {
  proc: ChildProcess;
  /** The command it runs (a shell that became `sleep`). */
  commandPid: number;
  url: string;
  /** The cluster dir the wrapper recorded itself as owner of. */
  dir: string;
}

const started: ThrowawayPostgres[] = [];
const commands: number[] = [];

afterEach(() => {
  for (const pid of commands.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone: the wrapper passed its signal on.
    }
  }
  for (const pg of started.splice(0)) pg.stop();
});

/** Runs `pg-test.ts -- <shell that prints its pid and the URL, then sleeps>` until that line arrives. */
async function startWrapper(): Promise<Wrapper> {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', SCRIPT, '--', 'sh', '-c', 'echo "$$ $DATABASE_URL_TEST"; exec sleep 600'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    proc.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const end = out.indexOf('\n');
      if (end >= 0) resolve(out.slice(0, end));
    });
    proc.once('exit', (code, signal) => reject(new Error(`wrapper exited early (${code ?? signal})`)));
  });
  const [pid, url] = line.split(' ');
  const commandPid = Number(pid);
  commands.push(commandPid);
  const dir = throwawayClusters().find((c) => c.owner?.pid === proc.pid)?.dir;
  if (dir === undefined) throw new Error(`no cluster dir owned by the wrapper (pid ${proc.pid})`);
  return { proc, commandPid, url: url ?? '', dir };
}

function exited(proc: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve({ code: proc.exitCode, signal: proc.signalCode });
  return new Promise((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
}

/** The cluster's server process, from its postmaster.pid, with its start time so a reused pid isn't it. */
function postmaster(dir: string): ClusterOwner {
  const pid = Number(readFileSync(join(dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return { pid, startTime: Number(fields[19]) };
}

describe('throwaway PostgreSQL clusters (scripts/pg-test.ts)', () => {
  it('the next start removes a cluster whose owner was killed, and never one whose owner still runs', async () => {
    expect(postgresUnavailable(), 'these tests start clusters as root via the postgres user').toBeUndefined();
    const live = await startThrowawayPostgres();
    started.push(live);
    const liveServer = postmaster(live.dir);

    const killed = await startWrapper();
    expect(killed.url).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres$/);
    const abandoned = postmaster(killed.dir);
    killed.proc.kill('SIGKILL');
    await exited(killed.proc);
    // Nothing ran its teardown: the cluster is still up and its dir still there.
    expect(ownerAlive(abandoned)).toBe(true);
    expect(existsSync(killed.dir)).toBe(true);

    const next = await startThrowawayPostgres();
    started.push(next);
    expect(ownerAlive(abandoned)).toBe(false);
    expect(existsSync(killed.dir)).toBe(false);
    expect(throwawayClusters().map((c) => c.dir)).not.toContain(killed.dir);
    // The cluster of this (running) test process is untouched.
    expect(ownerAlive(liveServer)).toBe(true);
    expect(existsSync(join(live.dir, 'data', 'postmaster.pid'))).toBe(true);
  }, CLUSTERS_TIMEOUT_MS);

  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('%s to the wrapper stops the command, then the cluster, and exits %i', async (signal, status) => {
    expect(postgresUnavailable(), 'these tests start clusters as root via the postgres user').toBeUndefined();
    const wrapper = await startWrapper();
    const server = postmaster(wrapper.dir);
    wrapper.proc.kill(signal);
    await expect(exited(wrapper.proc)).resolves.toEqual({ code: status, signal: null });
    expect(ownerAlive({ pid: wrapper.commandPid })).toBe(false);
    expect(ownerAlive(server)).toBe(false);
    expect(existsSync(wrapper.dir)).toBe(false);
  }, CLUSTERS_TIMEOUT_MS);
});
