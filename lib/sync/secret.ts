/**
 * The local report secret: 32 random bytes made once per browser profile and kept in the usage
 * database's meta table. Reports carry only HMAC(secret, day), a key that changes every day, so
 * the server can drop retried copies without being able to link one person's days.
 *
 * It is no fact about the employee, but anyone holding it could link their reports: it never
 * leaves the device, is not in the data export, and "Delete all" removes it (a new one is made
 * the next time a report is built; days already sent are gone with the data they came from).
 */
import { z } from 'zod';
import { META_KEYS, type LastmileDb } from '../usage/db';
import type { HmacHex } from './build';

export const REPORT_SECRET_BYTES = 32;

/** Cryptographically random bytes (`crypto.getRandomValues` in the extension). */
export type RandomBytes = (length: number) => Uint8Array;

const HEX_SECRET = new RegExp(`^[0-9a-f]{${REPORT_SECRET_BYTES * 2}}$`);
const StoredSecretSchema = z.object({ hex: z.string().regex(HEX_SECRET) }).strict();

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function fromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/**
 * The secret, made and stored on first use. Read and create run in one transaction, so two
 * callers at once still end up with the same secret. An unreadable stored value is replaced
 * (reports already queued keep the keys they were built with).
 */
export async function reportSecret(
  db: LastmileDb,
  randomBytes: RandomBytes,
  warn?: (message: string) => void,
): Promise<Uint8Array> {
  return db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(META_KEYS.reportSecret);
    if (row !== undefined) {
      const parsed = StoredSecretSchema.safeParse(row.value);
      if (parsed.success) return fromHex(parsed.data.hex);
      warn?.('The stored report secret was unreadable; a new one was made');
    }
    const bytes = randomBytes(REPORT_SECRET_BYTES);
    if (bytes.length !== REPORT_SECRET_BYTES) {
      throw new Error(`randomBytes gave ${bytes.length} bytes, ${REPORT_SECRET_BYTES} expected`);
    }
    await db.meta.put({ key: META_KEYS.reportSecret, value: { hex: toHex(bytes) } });
    return bytes;
  });
}

/** HMAC-SHA-256 through Web Crypto (`crypto.subtle`, passed in), as lower-case hex. */
export function webCryptoHmac(subtle: SubtleCrypto): HmacHex {
  return async (secret, message) => {
    // A copy: Web Crypto wants an ArrayBuffer-backed view, whatever backs the caller's.
    const key = await subtle.importKey('raw', new Uint8Array(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const mac = await subtle.sign('HMAC', key, new TextEncoder().encode(message));
    return toHex(new Uint8Array(mac));
  };
}
