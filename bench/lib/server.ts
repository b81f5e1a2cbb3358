/**
 * Bench-only servers.
 * - HTTPS, at real SaaS hostnames (like test/fixtures/server.ts, whose pages it reuses read-only):
 *   the Lightning look-alike plus `?scripts=N` parser-blocking vendor scripts, because real
 *   Lightning ships dozens of framework bundles and the fixture has one inline script.
 * - HTTP on 127.0.0.1 for the usage-store page, cross-origin isolated so performance.now() has
 *   5 µs resolution instead of 100 µs.
 */
import { NO_OTHER_HOSTS } from '../../test/fixtures/server';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createHttpServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from 'selfsigned';

const PAGES_DIR = fileURLToPath(new URL('../../test/fixtures/pages/', import.meta.url));
export const SF_HOST = 'acme.lightning.force.com';
export const EXAMPLE_HOST = 'www.example.com';
const HOST_PATTERNS = ['*.lightning.force.com', EXAMPLE_HOST] as const;
const CERT_DAYS = 1;
const CERT_KEY_BITS = 2048;
const MAX_VENDOR_SCRIPTS = 200;
/** Functions per vendor script: ~20 KB of source each, about what a framework chunk weighs. */
const VENDOR_FUNCTIONS = 120;
/** Work each vendor script does at evaluation (module wiring, registries): about a millisecond. */
const VENDOR_EVAL_LOOP = 20_000;

/** Chromium --host-resolver-rules sending the bench hosts to the HTTPS server. */
export function benchHostRules(port: number): string {
  return [...HOST_PATTERNS.map((p) => `MAP ${p}:443 127.0.0.1:${port}`), ...NO_OTHER_HOSTS].join(', ');
}

/** A deterministic framework-like chunk: many distinct functions (parse/compile) plus some start-up work. */
function vendorScript(n: number): string {
  const fns: string[] = [];
  for (let i = 0; i < VENDOR_FUNCTIONS; i++) {
    fns.push(
      `function f${n}_${i}(a,b){var s='${n}-${i}';for(var k=0;k<(a|0)%7;k++){s+=String.fromCharCode(97+((k*${i + 1})%26));}` +
        `return b?{id:s,v:a*${i + 3},n:s.length,tag:'cmp-${n}-${i}'}:s.split('-').map(function(x){return x+'${i}';}).join('|');}`,
    );
  }
  const table = Array.from({ length: VENDOR_FUNCTIONS }, (_, i) => `f${n}_${i}`).join(',');
  return `/* bench vendor chunk ${n} */\n(function(){\n'use strict';\n${fns.join('\n')}\nvar registry=[${table}];var out=0;` +
    `for(var j=0;j<${VENDOR_EVAL_LOOP};j++){var r=registry[j%registry.length](j,j%3===0);out+=typeof r==='string'?r.length:r.n;}` +
    `window.__benchVendor=(window.__benchVendor||0)+out;\n})();\n`;
}

const vendorCache = new Map<number, Buffer>();
function vendor(n: number): Buffer {
  let body = vendorCache.get(n);
  if (!body) {
    body = Buffer.from(vendorScript(n));
    vendorCache.set(n, body);
  }
  return body;
}

const salesforce = readFileSync(`${PAGES_DIR}salesforce.html`, 'utf8');
const example = readFileSync(`${PAGES_DIR}example.html`, 'utf8');

function salesforcePage(scripts: number): Buffer {
  const tags = Array.from({ length: scripts }, (_, i) => `<script src="/bench-vendor/${i}.js"></script>`).join('\n');
  // In <head>: parser-blocking, like an app shell's framework bundles.
  return Buffer.from(scripts > 0 ? salesforce.replace('</head>', `${tags}\n</head>`) : salesforce);
}

function send(res: ServerResponse, status: number, type: string, body: Buffer, extra: Record<string, string> = {}): void {
  // no-store: every repetition pays the same network and compile costs (no code cache drift).
  res.writeHead(status, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-store', ...extra });
  res.end(body);
}

function handleSaas(req: IncomingMessage, res: ServerResponse): void {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
  const url = new URL(req.url ?? '/', 'https://bench.invalid');
  if (url.pathname === '/favicon.ico') {
    res.writeHead(204).end();
    return;
  }
  if (host.endsWith('.lightning.force.com')) {
    const v = /^\/bench-vendor\/(\d+)\.js$/.exec(url.pathname);
    if (v) return send(res, 200, 'text/javascript', vendor(Number(v[1])));
    if (url.pathname.startsWith('/lightning/')) {
      const scripts = Math.min(MAX_VENDOR_SCRIPTS, Math.max(0, Number(url.searchParams.get('scripts')) || 0));
      return send(res, 200, 'text/html; charset=utf-8', salesforcePage(scripts));
    }
  }
  if (host === EXAMPLE_HOST && url.pathname === '/') return send(res, 200, 'text/html; charset=utf-8', Buffer.from(example));
  send(res, 404, 'text/plain', Buffer.from('not found'));
}

export interface BenchServer {
  port: number;
  close(): Promise<void>;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function closer(server: Server): () => Promise<void> {
  return () =>
    new Promise((resolve, reject) => {
      // Browsers keep connections alive; without this close() waits for them to time out.
      server.closeAllConnections();
      server.close((err) => (err ? reject(err) : resolve()));
    });
}

export async function startSaasServer(): Promise<BenchServer> {
  const pems = await new Promise<{ private: string; cert: string }>((resolve, reject) =>
    generate(
      [{ name: 'commonName', value: 'Lastmile bench' }],
      {
        days: CERT_DAYS,
        keySize: CERT_KEY_BITS,
        algorithm: 'sha256',
        extensions: [{ name: 'subjectAltName', altNames: HOST_PATTERNS.map((value) => ({ type: 2, value })) }],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    ),
  );
  const server = createHttpsServer({ key: pems.private, cert: pems.cert }, handleSaas);
  return { port: await listen(server), close: closer(server) };
}

/** Serves one HTML page at / and named assets, cross-origin isolated, with `headers` added. */
export async function startStaticServer(
  files: Readonly<Record<string, { type: string; body: Buffer }>>,
  headers: Readonly<Record<string, string>> = {},
): Promise<BenchServer> {
  const server = createHttpServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://bench.invalid').pathname;
    const file = files[path];
    const isolation = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp', ...headers };
    if (file) send(res, 200, file.type, file.body, isolation);
    else if (path === '/favicon.ico') res.writeHead(204).end();
    else send(res, 404, 'text/plain', Buffer.from('not found'));
  });
  return { port: await listen(server), close: closer(server) };
}
