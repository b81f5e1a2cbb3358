/**
 * The ingest load generator, run as its own process by bench/server-ingest.bench.ts so it does not
 * share an event loop with the server: `tsx bench/server-load.ts '<json LoadConfig>'`.
 *
 * A minimal HTTP/1.1 client over keep-alive sockets (one request in flight per connection, no
 * pipelining): requests are pre-serialised bytes and responses are parsed just far enough to read
 * the status and skip the body (Content-Length or chunked). node:http's client costs about as much
 * CPU per request as the server, which on 2 cores would mostly measure the load generator.
 * Prints one JSON line: the status histogram and the seconds from first byte sent to last answer.
 */
import { connect, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { makeReports } from './lib/reports';

export interface LoadConfig {
  host: string;
  port: number;
  token: string;
  origin: string;
  reports: number;
  seed: number;
  connections: number;
  /** Give up (and report what finished) after this long: the bench never hangs. */
  timeoutMs: number;
}

export interface LoadResult {
  statuses: Record<string, number>;
  seconds: number;
  timedOut: boolean;
  /** CPU this process spent sending and reading (user + system), in ms. */
  cpuMs: number;
}

const CRLF2 = Buffer.from('\r\n\r\n');
const MS_PER_S = 1000;

function requestBytes(cfg: LoadConfig, body: string): Buffer {
  const b = Buffer.from(body);
  const head =
    `POST /api/v1/reports HTTP/1.1\r\nHost: ${cfg.host}:${cfg.port}\r\nAuthorization: Bearer ${cfg.token}\r\n` +
    `Content-Type: application/json\r\nOrigin: ${cfg.origin}\r\nContent-Length: ${b.length}\r\nConnection: keep-alive\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), b]);
}

/** Parses one response at the start of buf: [status, bytes consumed] or undefined if incomplete. */
function parseResponse(buf: Buffer): [number, number] | undefined {
  const end = buf.indexOf(CRLF2);
  if (end < 0) return undefined;
  const head = buf.toString('latin1', 0, end);
  const status = Number(head.slice(9, 12));
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
  const bodyAt = end + CRLF2.length;
  if (length !== null) {
    const total = bodyAt + Number(length[1]);
    return buf.length >= total ? [status, total] : undefined;
  }
  if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
    // Walk the chunks up to the terminating zero-size chunk.
    let at = bodyAt;
    for (;;) {
      const lineEnd = buf.indexOf('\r\n', at);
      if (lineEnd < 0) return undefined;
      const size = parseInt(buf.toString('latin1', at, lineEnd), 16);
      const next = lineEnd + 2 + size + 2;
      if (buf.length < next) return undefined;
      if (size === 0) return [status, next];
      at = next;
    }
  }
  return [status, bodyAt];
}

export async function runLoad(cfg: LoadConfig): Promise<LoadResult> {
  const requests = makeReports(cfg.reports, cfg.seed).map((r) => requestBytes(cfg, JSON.stringify(r)));
  const statuses: Record<string, number> = {};
  let next = 0;
  let timedOut = false;
  const sockets: Socket[] = [];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const deadline = setTimeout(() => {
    timedOut = true;
    for (const s of sockets) s.destroy();
  }, cfg.timeoutMs);

  const connection = (): Promise<void> =>
    new Promise((resolve) => {
      const socket = connect({ host: cfg.host, port: cfg.port, noDelay: true });
      sockets.push(socket);
      let buf: Buffer = Buffer.alloc(0);
      const sendNext = (): void => {
        const req = requests[next++];
        if (req === undefined || timedOut) {
          socket.end();
          resolve();
          return;
        }
        socket.write(req);
      };
      socket.on('connect', sendNext);
      socket.on('data', (chunk: Buffer) => {
        buf = buf.length === 0 ? chunk : Buffer.concat([buf, chunk]);
        const parsed = parseResponse(buf);
        if (parsed === undefined) return;
        const [status, used] = parsed;
        statuses[status] = (statuses[status] ?? 0) + 1;
        buf = buf.subarray(used);
        sendNext();
      });
      socket.on('error', (err) => {
        statuses[`error:${err.message}`] = (statuses[`error:${err.message}`] ?? 0) + 1;
        resolve();
      });
      socket.on('close', () => resolve());
    });

  await Promise.all(Array.from({ length: cfg.connections }, connection));
  clearTimeout(deadline);
  const cpu = process.cpuUsage(cpu0);
  return { statuses, seconds: (performance.now() - t0) / MS_PER_S, timedOut, cpuMs: (cpu.user + cpu.system) / MS_PER_S };
}

const arg = process.argv[2];
if (arg !== undefined && process.argv[1]?.endsWith('server-load.ts')) {
  const cfg = JSON.parse(arg) as LoadConfig;
  const result = await runLoad(cfg);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
