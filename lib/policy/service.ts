/**
 * The policy in force, resolved from its sources (enterprise managed storage > the org's backend
 * > the employee's own settings > defaults) and kept with its last-known-good. Pure service with
 * its dependencies passed in; the background binds them to storage.managed / storage.local.
 */
import { z } from 'zod';
import type { KeyValueStore } from '../kv';
import { loadBundledPlaybook } from '../playbook/load';
import type { Tip } from '../playbook/schema';
import { parseLastKnownGood, rejectionLogText, resolvePolicy, type PolicySources, type ResolvedPolicy } from './merge';

export const POLICY_KEYS_IN_STORAGE = {
  lastKnownGood: 'policyLastKnownGood',
  /** The org policy as the backend last served it: { raw, etag, receivedAt }. */
  backend: 'backendPolicy',
  /** When the managed policy (which has no timestamp of its own) was first seen as it is now. */
  managedSeen: 'managedPolicySeen',
  /** The employee's own settings that take part in the policy (preferred tool, own limits). */
  user: 'userPolicy',
} as const;

const StoredSourceSchema = z.object({ raw: z.unknown(), receivedAt: z.string().max(64), etag: z.string().max(200).optional() });
const SeenSchema = z.object({ fingerprint: z.string().max(64), receivedAt: z.string().max(64) });

export interface PolicyServiceDeps {
  kv: KeyValueStore;
  /** The whole storage.managed area ({} when no enterprise policy is set). */
  readManaged(): Promise<unknown>;
  now(): Date;
  warn?(message: string): void;
}

/** What the coach needs: the resolved policy plus the playbook in force (bundled + the org's tips). */
export interface PolicyView {
  resolved: ResolvedPolicy;
  playbook: readonly Tip[];
}

export class PolicyService {
  private view: PolicyView | null = null;
  private pending: Promise<PolicyView> | null = null;

  constructor(private readonly deps: PolicyServiceDeps) {}

  /** The policy in force (cached until a source changes). */
  get(): Promise<PolicyView> {
    if (this.view) return Promise.resolve(this.view);
    this.pending ??= this.resolve().finally(() => (this.pending = null));
    return this.pending;
  }

  /** A source changed (storage.onChanged, a new backend response): resolve again on next use. */
  invalidate(): void {
    this.view = null;
  }

  /** Stores a new backend response (validated later, per part, like every source). */
  async setBackend(raw: unknown, etag: string | undefined): Promise<void> {
    const receivedAt = this.deps.now().toISOString();
    await this.deps.kv.set(POLICY_KEYS_IN_STORAGE.backend, { raw, receivedAt, ...(etag ? { etag } : {}) });
    this.invalidate();
  }

  /** The ETag of the backend policy we hold, for If-None-Match. */
  async backendEtag(): Promise<string | undefined> {
    const stored = StoredSourceSchema.safeParse(await this.deps.kv.get(POLICY_KEYS_IN_STORAGE.backend));
    return stored.success ? stored.data.etag : undefined;
  }

  private async resolve(): Promise<PolicyView> {
    const sources: PolicySources = {};
    const managed = await this.managedSource();
    if (managed) sources.managed = managed;
    const backend = StoredSourceSchema.safeParse(await this.deps.kv.get(POLICY_KEYS_IN_STORAGE.backend));
    if (backend.success) sources.backend = { raw: backend.data.raw, receivedAt: backend.data.receivedAt };
    const user = StoredSourceSchema.safeParse(await this.deps.kv.get(POLICY_KEYS_IN_STORAGE.user));
    if (user.success) sources.user = { raw: user.data.raw, receivedAt: user.data.receivedAt };

    const lkg = parseLastKnownGood(await this.deps.kv.get(POLICY_KEYS_IN_STORAGE.lastKnownGood));
    const resolved = resolvePolicy(sources, lkg, this.deps.now());
    await this.deps.kv.set(POLICY_KEYS_IN_STORAGE.lastKnownGood, resolved.lastKnownGood);
    for (const r of resolved.rejected) this.deps.warn?.(rejectionLogText(r));
    const view = { resolved, playbook: mergePlaybook(loadBundledPlaybook(), resolved.policy.tips) };
    this.view = view;
    return view;
  }

  /** Managed storage carries no date: remember when its current content was first seen. */
  private async managedSource(): Promise<PolicySources['managed']> {
    const raw = await this.deps.readManaged();
    if (raw === undefined || (isRecord(raw) && Object.keys(raw).length === 0)) return undefined;
    const fingerprint = fingerprintOf(raw);
    const seen = SeenSchema.safeParse(await this.deps.kv.get(POLICY_KEYS_IN_STORAGE.managedSeen));
    if (seen.success && seen.data.fingerprint === fingerprint) return { raw, receivedAt: seen.data.receivedAt };
    const receivedAt = this.deps.now().toISOString();
    await this.deps.kv.set(POLICY_KEYS_IN_STORAGE.managedSeen, { fingerprint, receivedAt });
    return { raw, receivedAt };
  }
}

/** The org's tips join the bundled ones; an org tip with a bundled tip's id replaces it. */
export function mergePlaybook(bundled: readonly Tip[], org: readonly Tip[]): Tip[] {
  if (org.length === 0) return [...bundled];
  const orgIds = new Set(org.map((t) => t.id));
  return [...bundled.filter((t) => !orgIds.has(t.id)), ...org];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** FNV-1a over the JSON: enough to notice that the managed policy changed. */
function fingerprintOf(value: unknown): string {
  const json = JSON.stringify(value) ?? '';
  let h = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    h ^= json.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(16)}:${json.length}`;
}
