/**
 * Reads a Chromium net log (--log-net-log=<file> --net-log-capture-mode=Everything): every URL
 * request the browser made (pages, extension pages AND the extension's service worker), every
 * socket it opened, and the bytes it wrote to each. With capture mode Everything the log holds the
 * plaintext of TLS connections too (SSL_SOCKET_BYTES_SENT), so the HTTP/1.1 requests on the wire
 * (request line, headers, body) can be rebuilt exactly as sent.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

const NetLogSchema = z.object({
  constants: z.object({
    logEventTypes: z.record(z.string(), z.number()),
    logEventPhase: z.record(z.string(), z.number()),
  }),
  events: z.array(
    z.object({
      type: z.number(),
      phase: z.number(),
      source: z.object({ id: z.number() }),
      params: z.record(z.string(), z.unknown()).optional(),
    }),
  ),
});
type RawEvent = z.infer<typeof NetLogSchema>['events'][number];

/** One URL request as the network stack started it. */
export interface NetUrlRequest {
  sourceId: number;
  url: string;
  method: string;
  /** "not an origin" for the browser's own requests and typed navigations. */
  initiator: string;
  /** Net error the request ended with (e.g. -105 ERR_NAME_NOT_RESOLVED), if any. */
  netError?: number;
}

/** One socket: where it went and what was written to it. */
export interface NetSocket {
  sourceId: number;
  protocol: 'tcp' | 'udp';
  /** "127.0.0.1:443" or "[::1]:53"; undefined when it never connected. */
  remote?: string;
  /** Addresses a TCP connect was attempted to (connected or not). */
  attempted: string[];
  /** What the application wrote: TLS plaintext for TLS sockets, raw bytes otherwise. */
  sent: Buffer;
}

/** One HTTP/1.1 request rebuilt from a socket's plaintext. */
export interface WireRequest {
  socketId: number;
  remote: string;
  method: string;
  target: string;
  host: string;
  /** Header lines as sent ("Name: value"). */
  headers: string[];
  body: string;
}

export interface NetLog {
  urlRequests: NetUrlRequest[];
  sockets: NetSocket[];
  wireRequests: WireRequest[];
}

const ERR_NAME_NOT_RESOLVED = -105;
export { ERR_NAME_NOT_RESOLVED };

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * Chromium finishes the file when the browser exits cleanly; a browser that died leaves it open.
 * Close the events array then, so the part written is still read.
 */
function parseTolerant(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const trimmed = text.trimEnd().replace(/,$/, '');
    return JSON.parse(`${trimmed}]}`);
  }
}

/** HTTP/1.1 requests in a byte stream, in order (Content-Length bodies; chunked is not used here). */
export function splitHttpRequests(stream: Buffer): Array<Omit<WireRequest, 'socketId' | 'remote'>> {
  const out: Array<Omit<WireRequest, 'socketId' | 'remote'>> = [];
  const text = stream.toString('latin1');
  let at = 0;
  while (at < text.length) {
    const headEnd = text.indexOf('\r\n\r\n', at);
    if (headEnd < 0) break;
    const lines = text.slice(at, headEnd).split('\r\n');
    const [method = '', target = ''] = (lines[0] ?? '').split(' ');
    const headers = lines.slice(1);
    const header = (name: string): string | undefined =>
      headers.find((h) => h.toLowerCase().startsWith(`${name}:`))?.slice(name.length + 1).trim();
    const length = Number(header('content-length') ?? '0');
    const bodyStart = headEnd + 4;
    const body = Buffer.from(text.slice(bodyStart, bodyStart + length), 'latin1').toString('utf8');
    out.push({ method, target, host: header('host') ?? '', headers, body });
    at = bodyStart + length;
  }
  return out;
}

export async function readNetLog(file: string): Promise<NetLog> {
  const log = NetLogSchema.parse(parseTolerant(await readFile(file, 'utf8')));
  const typeOf = new Map(Object.entries(log.constants.logEventTypes).map(([name, id]) => [id, name]));
  const phaseEnd = log.constants.logEventPhase.PHASE_END;

  const urlRequests = new Map<number, NetUrlRequest>();
  const sockets = new Map<number, { protocol: 'tcp' | 'udp'; remote?: string; attempted: string[]; raw: Buffer[]; tls: Buffer[] }>();
  const socket = (id: number, protocol: 'tcp' | 'udp') => {
    let s = sockets.get(id);
    if (!s) {
      s = { protocol, attempted: [], raw: [], tls: [] };
      sockets.set(id, s);
    }
    return s;
  };
  const bytesOf = (e: RawEvent): Buffer => Buffer.from(str(e.params?.bytes) ?? '', 'base64');

  for (const e of log.events) {
    const type = typeOf.get(e.type);
    const p = e.params ?? {};
    switch (type) {
      case 'URL_REQUEST_START_JOB': {
        const url = str(p.url);
        if (url !== undefined) {
          urlRequests.set(e.source.id, { sourceId: e.source.id, url, method: str(p.method) ?? '', initiator: str(p.initiator) ?? '' });
        }
        break;
      }
      case 'REQUEST_ALIVE':
      case 'URL_REQUEST_START_JOB_END': {
        const r = urlRequests.get(e.source.id);
        if (r && e.phase === phaseEnd && typeof p.net_error === 'number') r.netError = p.net_error;
        break;
      }
      case 'TCP_CONNECT_ATTEMPT': {
        const address = str(p.address);
        if (address !== undefined) socket(e.source.id, 'tcp').attempted.push(address);
        break;
      }
      case 'TCP_CONNECT': {
        const remote = str(p.remote_address);
        if (remote !== undefined) socket(e.source.id, 'tcp').remote = remote;
        break;
      }
      case 'UDP_CONNECT': {
        const address = str(p.address);
        if (address !== undefined) socket(e.source.id, 'udp').remote = address;
        break;
      }
      case 'SOCKET_BYTES_SENT':
        socket(e.source.id, 'tcp').raw.push(bytesOf(e));
        break;
      case 'SSL_SOCKET_BYTES_SENT':
        socket(e.source.id, 'tcp').tls.push(bytesOf(e));
        break;
      case 'UDP_BYTES_SENT':
        socket(e.source.id, 'udp').raw.push(bytesOf(e));
        break;
      default:
        break;
    }
  }
  // URL_REQUEST_START_JOB also closes with the error of a failed job.
  for (const e of log.events) {
    if (typeOf.get(e.type) !== 'URL_REQUEST_START_JOB' || e.phase !== phaseEnd) continue;
    const r = urlRequests.get(e.source.id);
    const err = e.params?.net_error;
    if (r && typeof err === 'number') r.netError = err;
  }

  const socketList: NetSocket[] = [...sockets.entries()].map(([sourceId, s]) => ({
    sourceId,
    protocol: s.protocol,
    ...(s.remote !== undefined ? { remote: s.remote } : {}),
    attempted: s.attempted,
    // A TLS socket's raw bytes are ciphertext: its plaintext is what the application sent.
    sent: Buffer.concat(s.tls.length > 0 ? s.tls : s.raw),
  }));
  const wireRequests = socketList
    .filter((s) => s.protocol === 'tcp' && s.remote !== undefined)
    .flatMap((s) => splitHttpRequests(s.sent).map((r) => ({ ...r, socketId: s.sourceId, remote: s.remote ?? '' })));
  return { urlRequests: [...urlRequests.values()], sockets: socketList, wireRequests };
}

/** Is "host:port" / "[v6]:port" a loopback address? */
export function isLoopback(address: string): boolean {
  const host = address.startsWith('[') ? address.slice(1, address.indexOf(']')) : address.slice(0, address.lastIndexOf(':'));
  return host === '::1' || /^127\./.test(host);
}

export function portOf(address: string): number {
  return Number(address.slice(address.lastIndexOf(':') + 1));
}

/** The name asked for in a DNS query packet (RFC 1035 question section). */
export function dnsQueryName(packet: Buffer): string {
  const HEADER_BYTES = 12;
  const labels: string[] = [];
  let at = HEADER_BYTES;
  while (at < packet.length) {
    const len = packet[at] ?? 0;
    if (len === 0) break;
    labels.push(packet.subarray(at + 1, at + 1 + len).toString('latin1'));
    at += 1 + len;
  }
  return labels.join('.');
}
