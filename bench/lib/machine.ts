/** The machine a benchmark ran on, for BENCHMARKS.md (numbers mean little without it). */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const GIB = 1024 ** 3;

export interface Machine {
  nproc: number;
  cpu: string;
  ramGiB: number;
  chromium: string;
  node: string;
  os: string;
}

function run(cmd: string, args: readonly string[]): string {
  try {
    return execFileSync(cmd, [...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

export function machine(): Machine {
  let os = 'unknown';
  try {
    os = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? os;
  } catch {
    // Not Linux: the OS line just stays unknown.
  }
  return {
    nproc: Number(run('nproc', [])) || cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    ramGiB: Math.round((totalmem() / GIB) * 10) / 10,
    // The Debian wrapper script prints a harmless shell warning on stderr; stdout is the version.
    chromium: run(CHROMIUM_PATH, ['--version']),
    node: process.version,
    os,
  };
}

export function commit(): string {
  return run('git', ['rev-parse', '--short', 'HEAD']);
}

/** Uncommitted changes under the extension's sources make a run not reproducible from the commit. */
export function dirty(): boolean {
  return run('git', ['status', '--porcelain', '--', 'entrypoints', 'lib', 'components']) !== '';
}

export function machineTable(m: Machine): string {
  return [
    `- nproc: ${m.nproc}; CPU: ${m.cpu}; RAM: ${m.ramGiB} GiB; OS: ${m.os}`,
    `- ${m.chromium} (headless, --no-sandbox, --disable-gpu); Node ${m.node}`,
  ].join('\n');
}
