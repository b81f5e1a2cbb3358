/** Secrets: random tokens, their hashes, password hashing. All from node:crypto. */
import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** 32 random bytes: enrollment tokens and session ids are high-entropy, so a plain SHA-256 suffices. */
export const SECRET_BYTES = 32;
const SALT_BYTES = 16;
const SCRYPT_KEY_BYTES = 64;
/** scrypt cost N=2^15, r=8 (~32 MiB, tens of ms): slow for guessing, fine for sign-in. */
const SCRYPT_OPTIONS: ScryptOptions = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const ID_BYTES = 12;

export function randomSecret(prefix: string): string {
  return `${prefix}${randomBytes(SECRET_BYTES).toString('base64url')}`;
}

export function randomId(): string {
  return randomBytes(ID_BYTES).toString('base64url');
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

function scryptAsync(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, SCRYPT_KEY_BYTES, SCRYPT_OPTIONS, (err, key) => {
      if (err) reject(err);
      else resolve(key);
    });
  });
}

export interface PasswordHash {
  hash: string;
  salt: string;
}

export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = randomBytes(SALT_BYTES);
  const key = await scryptAsync(password, salt);
  return { hash: key.toString('hex'), salt: salt.toString('hex') };
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const key = await scryptAsync(password, Buffer.from(stored.salt, 'hex'));
  const expected = Buffer.from(stored.hash, 'hex');
  return expected.length === key.length && timingSafeEqual(expected, key);
}

/** A salt/hash pair nobody's password matches: unknown e-mails cost the same scrypt as known ones. */
export const DUMMY_PASSWORD_HASH: PasswordHash = {
  hash: '00'.repeat(SCRYPT_KEY_BYTES),
  salt: '00'.repeat(SALT_BYTES),
};

/** Constant-time string equality (for CSRF tokens). */
export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a, 'utf8');
  const bb = Buffer.from(b, 'utf8');
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

/** A readable random password for the demo admin (about 120 bits). */
export function randomPassword(): string {
  return randomBytes(15).toString('base64url');
}
