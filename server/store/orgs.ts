/** Orgs, admins and admin sessions. */
import { z } from 'zod';
import type { Kysely } from 'kysely';
import { MIN_K_ANONYMITY } from '../api/contract';
import type { Database } from '../db/schema';
import { bigCol } from '../db/rows';
import { DUMMY_PASSWORD_HASH, hashPassword, randomId, randomSecret, sha256Hex, verifyPassword } from '../security/crypto';

/** Sessions last a working day; signing in again is cheap. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
const SESSION_PREFIX = 'lms_';
const CSRF_PREFIX = 'lmc_';

const OrgRow = z.object({ id: z.string(), name: z.string(), k_anonymity: z.number().int() });
export type Org = z.infer<typeof OrgRow>;

export async function createOrg(db: Kysely<Database>, name: string, k: number, now: number): Promise<Org> {
  const org = { id: randomId(), name, k_anonymity: Math.max(MIN_K_ANONYMITY, k) };
  await db.insertInto('orgs').values({ ...org, created_at: now }).execute();
  await db.insertInto('policies').values({ org_id: org.id, version: 0 }).execute();
  return org;
}

export async function findOrgByName(db: Kysely<Database>, name: string): Promise<Org | undefined> {
  const row = await db.selectFrom('orgs').select(['id', 'name', 'k_anonymity']).where('name', '=', name).executeTakeFirst();
  return row === undefined ? undefined : OrgRow.parse(row);
}

export async function getOrg(db: Kysely<Database>, id: string): Promise<Org | undefined> {
  const row = await db.selectFrom('orgs').select(['id', 'name', 'k_anonymity']).where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : OrgRow.parse(row);
}

export async function setOrgK(db: Kysely<Database>, id: string, k: number): Promise<void> {
  await db.updateTable('orgs').set({ k_anonymity: k }).where('id', '=', id).execute();
}

/** Creates the admin, or sets a new password when the e-mail already exists (same org only). */
export async function upsertAdmin(db: Kysely<Database>, orgId: string, email: string, password: string, now: number): Promise<void> {
  const { hash, salt } = await hashPassword(password);
  const existing = await db.selectFrom('admins').select(['id', 'org_id']).where('email', '=', email).executeTakeFirst();
  if (existing !== undefined) {
    if (existing.org_id !== orgId) throw new Error(`admin ${email} belongs to another org`);
    await db.updateTable('admins').set({ password_hash: hash, password_salt: salt }).where('id', '=', existing.id).execute();
    // A new password ends every session signed in with the old one.
    await db.deleteFrom('sessions').where('admin_id', '=', existing.id).execute();
    return;
  }
  await db
    .insertInto('admins')
    .values({ id: randomId(), org_id: orgId, email, password_hash: hash, password_salt: salt, created_at: now })
    .execute();
}

export async function adminExists(db: Kysely<Database>, email: string): Promise<boolean> {
  const row = await db.selectFrom('admins').select('id').where('email', '=', email).executeTakeFirst();
  return row !== undefined;
}

const AdminRow = z.object({ id: z.string(), password_hash: z.string(), password_salt: z.string() });

/** The admin id when the password is right; same scrypt cost whether or not the e-mail exists. */
export async function checkPassword(db: Kysely<Database>, email: string, password: string): Promise<string | undefined> {
  const raw = await db
    .selectFrom('admins')
    .select(['id', 'password_hash', 'password_salt'])
    .where('email', '=', email)
    .executeTakeFirst();
  const row = raw === undefined ? undefined : AdminRow.parse(raw);
  const ok = await verifyPassword(password, row ? { hash: row.password_hash, salt: row.password_salt } : DUMMY_PASSWORD_HASH);
  return ok && row ? row.id : undefined;
}

export interface NewSession {
  sessionId: string;
  csrfToken: string;
  expiresAt: number;
}

export async function createSession(db: Kysely<Database>, adminId: string, now: number): Promise<NewSession> {
  const sessionId = randomSecret(SESSION_PREFIX);
  const csrfToken = randomSecret(CSRF_PREFIX);
  const expiresAt = now + SESSION_TTL_MS;
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
  await db
    .insertInto('sessions')
    .values({ id_hash: sha256Hex(sessionId), admin_id: adminId, csrf_token: csrfToken, created_at: now, expires_at: expiresAt })
    .execute();
  return { sessionId, csrfToken, expiresAt };
}

const SessionRow = z.object({
  id_hash: z.string(),
  csrf_token: z.string(),
  expires_at: bigCol,
  admin_id: z.string(),
  email: z.string(),
  org_id: z.string(),
  org_name: z.string(),
});
export type SessionInfo = z.infer<typeof SessionRow>;

export async function findSession(db: Kysely<Database>, sessionId: string, now: number): Promise<SessionInfo | undefined> {
  const raw = await db
    .selectFrom('sessions')
    .innerJoin('admins', 'admins.id', 'sessions.admin_id')
    .innerJoin('orgs', 'orgs.id', 'admins.org_id')
    .select([
      'sessions.id_hash',
      'sessions.csrf_token',
      'sessions.expires_at',
      'admins.id as admin_id',
      'admins.email',
      'orgs.id as org_id',
      'orgs.name as org_name',
    ])
    .where('sessions.id_hash', '=', sha256Hex(sessionId))
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();
  return raw === undefined ? undefined : SessionRow.parse(raw);
}

export async function deleteSession(db: Kysely<Database>, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}
