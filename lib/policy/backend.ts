/**
 * Fetches the org policy from the optional backend with its ETag (If-None-Match), so an unchanged
 * policy costs one small 304. The response is stored raw and validated per part like every source.
 */
import type { SyncConfig } from './schema';

export const POLICY_PATH = '/api/v1/policy';
/** How often the background asks the backend for a new org policy. */
export const POLICY_FETCH_MINUTES = 60;

export interface PolicyFetchInit {
  method: 'GET';
  headers: Record<string, string>;
  credentials: 'omit';
  redirect: 'error';
  cache: 'no-store';
}
export type PolicyFetch = (
  url: string,
  init: PolicyFetchInit,
) => Promise<{ status: number; headers: { get(name: string): string | null }; json(): Promise<unknown> }>;

export type PolicyFetchResult =
  | { kind: 'updated'; policy: unknown; etag: string | undefined }
  | { kind: 'unchanged' }
  | { kind: 'failed'; error: string };

export async function fetchBackendPolicy(
  config: Pick<SyncConfig, 'endpoint' | 'enrollmentToken'>,
  etag: string | undefined,
  fetch: PolicyFetch,
): Promise<PolicyFetchResult> {
  const headers: Record<string, string> = { authorization: `Bearer ${config.enrollmentToken}`, accept: 'application/json' };
  if (etag) headers['if-none-match'] = etag;
  try {
    const res = await fetch(new URL(POLICY_PATH, config.endpoint).toString(), {
      method: 'GET',
      headers,
      credentials: 'omit',
      redirect: 'error',
      cache: 'no-store',
    });
    if (res.status === 304) return { kind: 'unchanged' };
    if (res.status !== 200) return { kind: 'failed', error: `HTTP ${res.status}` };
    return { kind: 'updated', policy: await res.json(), etag: res.headers.get('etag') ?? undefined };
  } catch (e) {
    return { kind: 'failed', error: e instanceof Error ? e.message : String(e) };
  }
}
