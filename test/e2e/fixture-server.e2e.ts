/**
 * The fixture server on its own (no browser): routing by host and path, 404s, and the
 * host-resolver rules Chromium gets. A wrong route here would make the browser tests fail far
 * from the cause.
 */
import { request } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostResolverRules, startFixtureServer } from '../fixtures/server';
import type { FixtureServer } from '../fixtures/server';

interface Fetched {
  status: number;
  type: string;
  body: string;
}

/** GET over TLS to 127.0.0.1 as if it were `host` (SNI and Host header), like Chromium does. */
function get(server: FixtureServer, host: string, path: string): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, servername: host, headers: { host }, rejectUnauthorized: false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'] ?? '', body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('fixture server', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each([
    ['acme.lightning.force.com', '/lightning/r/Opportunity/0065g00000AbCdEAAR/view', 'Lightning Experience look-alike'],
    ['acme.lightning.force.com', '/lightning/n/Territory_Planner', 'Lightning Experience look-alike'],
    ['acme.atlassian.net', '/browse/ACME-42', 'Jira Cloud issue view'],
    ['mail.google.com', '/mail/u/0/', 'Gmail look-alike'],
    ['www.example.com', '/', 'Example Domain'],
  ])('serves %s%s', async (host, path, marker) => {
    const res = await get(server, host, path);
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/html; charset=utf-8');
    expect(res.body).toContain(marker);
  });

  it.each([
    ['acme.lightning.force.com', '/'],
    ['acme.atlassian.net', '/wiki/spaces/ENG'],
    ['mail.google.com', '/chat/'],
    ['www.example.com', '/more'],
    ['unknown.test', '/'],
  ])('answers 404 for %s%s', async (host, path) => {
    const res = await get(server, host, path);
    expect(res.status).toBe(404);
    expect(res.body).toContain('Not Found');
  });

  it('builds URLs at the real hostnames and maps every served host to the server', () => {
    expect(server.url('acme.atlassian.net', '/browse/ACME-42')).toBe('https://acme.atlassian.net/browse/ACME-42');
    expect(hostResolverRules(server.port).split(', ')).toEqual([
      `MAP hostile.atlassian.net:443 127.0.0.1:${server.port}`,
      `MAP *.lightning.force.com:443 127.0.0.1:${server.port}`,
      `MAP *.atlassian.net:443 127.0.0.1:${server.port}`,
      `MAP mail.google.com:443 127.0.0.1:${server.port}`,
      `MAP chatgpt.com:443 127.0.0.1:${server.port}`,
      `MAP claude.ai:443 127.0.0.1:${server.port}`,
      `MAP www.example.com:443 127.0.0.1:${server.port}`,
      'MAP * ~NOTFOUND',
      'EXCLUDE localhost',
      'EXCLUDE 127.0.0.1',
    ]);
  });
});
