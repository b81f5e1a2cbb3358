/** Server configuration from the environment, validated once at start. */
import { z } from 'zod';
import { MIN_K_ANONYMITY } from './api/contract';

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_SQLITE_PATH = 'data/lastmile.db';
/** Reports per token per minute: an org's browsers share one token, so this is per org, not per person. */
export const DEFAULT_INGEST_PER_MINUTE = 6000;
const MIN_ADMIN_PASSWORD_CHARS = 12;

const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .default('')
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

export const EnvSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65_535).default(DEFAULT_PORT),
    HOST: z.string().min(1).default(DEFAULT_HOST),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    SQLITE_PATH: z.string().min(1).default(DEFAULT_SQLITE_PATH),
    ADMIN_EMAIL: z.email().optional(),
    ADMIN_PASSWORD: z.string().min(MIN_ADMIN_PASSWORD_CHARS, `at least ${MIN_ADMIN_PASSWORD_CHARS} characters`).optional(),
    ORG_NAME: z.string().trim().min(1).max(100).default('My organisation'),
    K_ANONYMITY: z.coerce.number().int().min(MIN_K_ANONYMITY, `at least ${MIN_K_ANONYMITY}`).default(MIN_K_ANONYMITY),
    /** Behind a TLS-terminating proxy: trust X-Forwarded-Proto/Host for origin checks and Secure cookies. */
    TRUST_TLS: flag,
    /** Always mark cookies Secure (also without TRUST_TLS). */
    SECURE_COOKIES: flag,
    /** Comma-separated exact extension origins allowed by CORS; empty = any extension origin. */
    EXTENSION_ORIGINS: z.string().default(''),
    INGEST_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(DEFAULT_INGEST_PER_MINUTE),
    /** Processes serving the API: a count or "auto" (one per core); `--workers` wins. See server/main.ts. */
    WORKERS: z
      .string()
      .regex(/^(auto|[1-9]\d{0,2})$/, 'a positive count or "auto"')
      .optional(),
  })
  .refine((e) => (e.ADMIN_EMAIL === undefined) === (e.ADMIN_PASSWORD === undefined), {
    message: 'set both ADMIN_EMAIL and ADMIN_PASSWORD, or neither',
    path: ['ADMIN_PASSWORD'],
  });
export type Env = z.infer<typeof EnvSchema>;

export function parseEnv(env: NodeJS.ProcessEnv): Env {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export function extensionOrigins(raw: string): string[] {
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
