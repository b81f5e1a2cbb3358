/** Enrollment tokens: random secrets stored only as SHA-256, one org each, revocable. */
import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { Token } from '../api/contract';
import type { Database } from '../db/schema';
import { bigCol, bigColNullable, isoFromMs } from '../db/rows';
import { randomId, randomSecret, sha256Hex } from '../security/crypto';

const TOKEN_PREFIX = 'lme_';

const TokenRow = z.object({
  id: z.string(),
  org_id: z.string(),
  label: z.string(),
  created_at: bigCol,
  revoked_at: bigColNullable,
});
type TokenRowT = z.infer<typeof TokenRow>;

function toToken(r: TokenRowT): Token {
  return { id: r.id, label: r.label, createdAt: isoFromMs(r.created_at), revokedAt: r.revoked_at === null ? null : isoFromMs(r.revoked_at) };
}

export async function createToken(
  db: Kysely<Database>,
  orgId: string,
  label: string,
  now: number,
): Promise<{ token: Token; secret: string }> {
  const secret = randomSecret(TOKEN_PREFIX);
  const row = { id: randomId(), org_id: orgId, label, created_at: now, revoked_at: null };
  await db.insertInto('enrollment_tokens').values({ ...row, token_hash: sha256Hex(secret) }).execute();
  return { token: toToken(row), secret };
}

export async function listTokens(db: Kysely<Database>, orgId: string): Promise<Token[]> {
  const rows = await db
    .selectFrom('enrollment_tokens')
    .select(['id', 'org_id', 'label', 'created_at', 'revoked_at'])
    .where('org_id', '=', orgId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((r) => toToken(TokenRow.parse(r)));
}

/** Revokes (keeps the row for the audit trail); undefined when the token is not the org's. */
export async function revokeToken(db: Kysely<Database>, orgId: string, id: string, now: number): Promise<Token | undefined> {
  await db
    .updateTable('enrollment_tokens')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('org_id', '=', orgId)
    .where('revoked_at', 'is', null)
    .execute();
  const raw = await db
    .selectFrom('enrollment_tokens')
    .select(['id', 'org_id', 'label', 'created_at', 'revoked_at'])
    .where('id', '=', id)
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  return raw === undefined ? undefined : toToken(TokenRow.parse(raw));
}

export interface ActiveToken {
  tokenId: string;
  orgId: string;
}

const ActiveRow = z.object({ id: z.string(), org_id: z.string() });

/**
 * Looks tokens up by hash, caching hits briefly (ingest would otherwise read the table on every
 * report). Revocation in this process clears the cache at once; other replicas see it within TTL.
 */
export class TokenResolver {
  private readonly cache = new Map<string, { value: ActiveToken; until: number }>();
  static readonly TTL_MS = 5000;
  private static readonly MAX_ENTRIES = 10_000;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => number = Date.now,
  ) {}

  async resolve(secret: string): Promise<ActiveToken | undefined> {
    const now = this.now();
    // Keyed by the secret itself, so a hit costs no SHA-256 (~5 % of ingest CPU when every request
    // hashed). The secret stays in this process's memory no longer than the entry's TTL, and is
    // never logged or stored; the database still holds only its hash.
    const hit = this.cache.get(secret);
    if (hit !== undefined && hit.until > now) return hit.value;
    const hash = sha256Hex(secret);
    const raw = await this.db
      .selectFrom('enrollment_tokens')
      .select(['id', 'org_id'])
      .where('token_hash', '=', hash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (raw === undefined) {
      this.cache.delete(secret);
      return undefined;
    }
    const row = ActiveRow.parse(raw);
    const value = { tokenId: row.id, orgId: row.org_id };
    if (this.cache.size >= TokenResolver.MAX_ENTRIES) this.cache.clear();
    this.cache.set(secret, { value, until: now + TokenResolver.TTL_MS });
    return value;
  }

  forgetAll(): void {
    this.cache.clear();
  }
}
