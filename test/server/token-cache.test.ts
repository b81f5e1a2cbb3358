/**
 * TokenResolver caches hits by the bearer secret (no SHA-256 per request): the same answers and
 * the same revocation semantics as the hash-keyed cache it replaced.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, SQLITE_MEMORY, type Db } from '../../server/db/connect';
import { migrateToLatest } from '../../server/db/migrations';
import { createOrg } from '../../server/store/orgs';
import { TokenResolver, createToken, revokeToken } from '../../server/store/tokens';

describe('TokenResolver cache', () => {
  let db: Db;
  let now: number;
  let resolver: TokenResolver;
  let orgId: string;

  beforeEach(async () => {
    db = openDb({ kind: 'sqlite', path: SQLITE_MEMORY });
    await migrateToLatest(db.kysely);
    now = Date.UTC(2026, 2, 15);
    orgId = (await createOrg(db.kysely, 'cache-org', 5, now)).id;
    resolver = new TokenResolver(db.kysely, () => now);
  });
  afterEach(async () => {
    await db.close();
  });

  it('resolves each secret to its own token, and unknown or near-miss secrets to nothing', async () => {
    const a = await createToken(db.kysely, orgId, 'a', now);
    const b = await createToken(db.kysely, orgId, 'b', now);
    expect(await resolver.resolve(a.secret)).toEqual({ tokenId: a.token.id, orgId });
    expect(await resolver.resolve(b.secret)).toEqual({ tokenId: b.token.id, orgId });
    expect(await resolver.resolve(a.secret)).toEqual({ tokenId: a.token.id, orgId });
    expect(await resolver.resolve(`${a.secret}x`)).toBeUndefined();
    expect(await resolver.resolve(a.secret.slice(0, -1))).toBeUndefined();
    expect(await resolver.resolve('lme_not-a-token-at-all')).toBeUndefined();
  });

  it('a revocation is seen at once after forgetAll (this process) and within the TTL otherwise (other replicas)', async () => {
    const t = await createToken(db.kysely, orgId, 't', now);
    expect(await resolver.resolve(t.secret)).toBeDefined();
    await revokeToken(db.kysely, orgId, t.token.id, now);
    // Another replica revoked it: this cache may answer from memory until the TTL ends, no longer.
    now += TokenResolver.TTL_MS - 1;
    expect(await resolver.resolve(t.secret)).toBeDefined();
    now += 1;
    expect(await resolver.resolve(t.secret)).toBeUndefined();

    const u = await createToken(db.kysely, orgId, 'u', now);
    expect(await resolver.resolve(u.secret)).toBeDefined();
    await revokeToken(db.kysely, orgId, u.token.id, now);
    resolver.forgetAll();
    expect(await resolver.resolve(u.secret)).toBeUndefined();
  });

  it('never caches a miss: a token created after a failed lookup works at once', async () => {
    expect(await resolver.resolve('lme_0123456789abcdef0123')).toBeUndefined();
    const t = await createToken(db.kysely, orgId, 'late', now);
    expect(await resolver.resolve(t.secret)).toEqual({ tokenId: t.token.id, orgId });
  });
});
