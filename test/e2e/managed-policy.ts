/**
 * Writes an enterprise policy for the extension where Chromium reads it on Linux
 * (/etc/chromium/policies/managed/*.json, "3rdparty" → chrome.storage.managed), and always removes
 * it again. Needs root (CI runs as root). One writer at a time across processes: a lock directory.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXPECTED_EXTENSION_ID, launchWithExtension, type ExtensionSession } from './harness';

export const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'lastmile-e2e.json');
const LOCK_DIR = '/tmp/lastmile-managed-policy.lock';
const LOCK_WAIT_MS = 180_000;
const LOCK_POLL_MS = 200;

async function acquireLock(): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      await mkdir(LOCK_DIR);
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (Date.now() - started > LOCK_WAIT_MS) throw new Error(`Timed out waiting for ${LOCK_DIR} (stale lock? remove it)`);
      await new Promise((r) => setTimeout(r, LOCK_POLL_MS));
    }
  }
}

/** Replaces the policy file (inside withManagedPolicy). `policy` is the extension's own policy object. */
export async function writeManagedPolicy(policy: unknown): Promise<void> {
  await mkdir(POLICY_DIR, { recursive: true });
  const doc = { '3rdparty': { extensions: { [EXPECTED_EXTENSION_ID]: policy } } };
  await writeFile(POLICY_FILE, JSON.stringify(doc, null, 2));
}

/**
 * Runs `fn` with the policy file in place (Chromium reads it at start-up: launch the browser
 * inside `fn`), then removes the file whatever happens.
 */
export async function withManagedPolicy<T>(policy: unknown, fn: () => Promise<T>): Promise<T> {
  await acquireLock();
  try {
    await writeManagedPolicy(policy);
    return await fn();
  } finally {
    await rm(POLICY_FILE, { force: true });
    await rm(LOCK_DIR, { recursive: true, force: true });
  }
}

/** A browser launched under a policy that stays in place (and the lock held) until `close`. */
export interface PolicySession {
  session: ExtensionSession;
  /** Closes the browser, then removes the policy file and releases the lock. */
  close(): Promise<void>;
}

/**
 * Launches the browser inside withManagedPolicy and keeps it there until `close`, for a file that
 * shares one browser across its tests. Rejects if the browser never starts.
 */
export async function launchWithManagedPolicy(policy: unknown): Promise<PolicySession> {
  let release: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => {
    release = resolve;
  });
  let started: (session: ExtensionSession) => void = () => undefined;
  const session = new Promise<ExtensionSession>((resolve) => {
    started = resolve;
  });
  const done = withManagedPolicy(policy, async () => {
    const launched = await launchWithExtension();
    started(launched);
    try {
      await finished;
    } finally {
      await launched.close();
    }
  });
  const s = await Promise.race([session, done.then(() => Promise.reject(new Error('the browser never started')))]);
  return {
    session: s,
    close: async () => {
      release();
      await done;
    },
  };
}
