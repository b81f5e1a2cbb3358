/**
 * The org policy: a draft the admin edits and the published version the extensions fetch. Both
 * are validated by the shared PolicySchema on the way in and again when read back.
 */
import { z } from 'zod';
import type { Kysely } from 'kysely';
import { PolicySchema, type PolicySource } from '../../lib/policy/schema';
import { BUNDLED_TIPS } from '../../lib/playbook/bundled';
import type { AdminPolicyResponse } from '../api/contract';
import type { Database } from '../db/schema';
import { bigColNullable, isoFromMs } from '../db/rows';
import { sha256Hex } from '../security/crypto';

const ETAG_HASH_CHARS = 32;

const PolicyRow = z.object({
  draft: z.string().nullable(),
  draft_updated_at: bigColNullable,
  published: z.string().nullable(),
  published_at: bigColNullable,
  published_etag: z.string().nullable(),
  version: z.coerce.number().int().min(0),
});

function parseStored(json: string | null): PolicySource | null {
  if (json === null) return null;
  return PolicySchema.parse(JSON.parse(json));
}

async function row(db: Kysely<Database>, orgId: string): Promise<z.infer<typeof PolicyRow>> {
  const raw = await db
    .selectFrom('policies')
    .select(['draft', 'draft_updated_at', 'published', 'published_at', 'published_etag', 'version'])
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  return PolicyRow.parse(raw ?? { draft: null, draft_updated_at: null, published: null, published_at: null, published_etag: null, version: 0 });
}

export async function getAdminPolicy(db: Kysely<Database>, orgId: string): Promise<AdminPolicyResponse> {
  const r = await row(db, orgId);
  return {
    draft: parseStored(r.draft),
    draftUpdatedAt: r.draft_updated_at === null ? null : isoFromMs(r.draft_updated_at),
    published: parseStored(r.published),
    publishedAt: r.published_at === null ? null : isoFromMs(r.published_at),
    publishedEtag: r.published_etag,
    version: r.version,
  };
}

/** Stores an already validated draft. */
export async function saveDraft(db: Kysely<Database>, orgId: string, draft: PolicySource, now: number): Promise<void> {
  await db
    .updateTable('policies')
    .set({ draft: JSON.stringify(draft), draft_updated_at: now })
    .where('org_id', '=', orgId)
    .execute();
}

/** Publishes the draft; false when there is no draft. The ETag covers content and version. */
export async function publishDraft(db: Kysely<Database>, orgId: string, now: number): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const r = await row(trx, orgId);
    if (r.draft === null) return false;
    const version = r.version + 1;
    const etag = `"${sha256Hex(`${version}\n${r.draft}`).slice(0, ETAG_HASH_CHARS)}"`;
    await trx
      .updateTable('policies')
      .set({ published: r.draft, published_at: now, published_etag: etag, version })
      .where('org_id', '=', orgId)
      .execute();
    return true;
  });
}

export interface PublishedPolicy {
  body: string;
  etag: string;
}

export async function getPublished(db: Kysely<Database>, orgId: string): Promise<PublishedPolicy | undefined> {
  const r = await row(db, orgId);
  if (r.published === null || r.published_etag === null) return undefined;
  // Re-validated on the way out: a row edited by hand can't reach the extensions malformed.
  const policy = PolicySchema.parse(JSON.parse(r.published));
  return { body: JSON.stringify(policy), etag: r.published_etag };
}

const BUNDLED_TIP_IDS: ReadonlySet<string> = new Set(BUNDLED_TIPS.map((t) => t.id));

/** Tip ids a report may name: the bundled playbook plus the org's published tips. */
export async function knownTipIds(db: Kysely<Database>, orgId: string, includeDraft = false): Promise<Set<string>> {
  const r = await row(db, orgId);
  const ids = new Set(BUNDLED_TIP_IDS);
  for (const json of includeDraft ? [r.published, r.draft] : [r.published]) {
    for (const t of parseStored(json)?.tips ?? []) ids.add(t.id);
  }
  return ids;
}

/** Caches knownTipIds per org for ingest; cleared on publish. */
export class TipIdCache {
  private readonly cache = new Map<string, { ids: Set<string>; until: number }>();
  static readonly TTL_MS = 30_000;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => number = Date.now,
  ) {}

  async get(orgId: string): Promise<Set<string>> {
    const now = this.now();
    const hit = this.cache.get(orgId);
    if (hit !== undefined && hit.until > now) return hit.ids;
    const ids = await knownTipIds(this.db, orgId);
    this.cache.set(orgId, { ids, until: now + TipIdCache.TTL_MS });
    return ids;
  }

  forget(orgId: string): void {
    this.cache.delete(orgId);
  }
}
