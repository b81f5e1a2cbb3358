/**
 * The canary test. The fixture pages carry canaries (record ids, record and people names, e-mail
 * addresses, titles, URL parts; see support/canaries.ts) and the employee types one into ChatGPT.
 * A long scripted session uses tips across Salesforce (Opportunity, then SPA navigation to a
 * Case), Jira, Gmail and ChatGPT with sync ON against the real local backend; a second session of
 * the same profile, where that day is over (UTC-12, then UTC+14), presses "Sync now" so a real
 * report is sent.
 *
 * EVERY request the browser makes, the extension's service worker included, is read from
 * Chromium's own net log (capture mode Everything: TLS plaintext, request bodies), and every
 * request the backend receives is recorded server-side. Asserted:
 * - every connection goes to 127.0.0.1 (the fixture server behind the SaaS hostnames, or the
 *   backend); the only other requests are Chromium's own background services (update, sign-in,
 *   autofill), which the host-resolver rules fail inside the browser (no DNS query leaves the
 *   machine): listed, and checked to carry no canary; no datagram leaves loopback at all;
 * - no request carries a canary to anyone but the site it belongs to: a fixture page's own loads
 *   carry its own URL, which is fine; the one exception is the "Open in ChatGPT" navigation,
 *   whose ?q= holds the Salesforce prompt because the employee asked for exactly that (and the
 *   browser's echo of that same address as Referer to chatgpt.com itself, for its favicon);
 * - the backend got at least one report, valid per DailyReportSchema, with none of the canaries.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DailyReportSchema } from '../../lib/sync/report';
import { localDay } from '../../lib/usage/day';
import { launchWithExtension, type ExtensionSession } from './harness';
import { withManagedPolicy } from './managed-policy';
import { extensionReportPosts, startBackend, type Backend } from './support/backend';
import { ALL_CANARIES, PROMPT_CANARY, SITE_CANARIES, carried, foreignCanaries } from './support/canaries';
import { ERR_NAME_NOT_RESOLVED, dnsQueryName, isLoopback, portOf, readNetLog, type NetLog } from './support/netlog';
import {
  UI_TIMEOUT_MS,
  consentToSharing,
  copyPrompt,
  markUsed,
  openCard,
  openCardOn,
  openInAiTool,
  openSharing,
  pill,
  syncNow,
  waitForTodayAiActions,
} from './support/ui';

const FIRST_ZONE = 'Etc/GMT+12';
const SECOND_ZONE = 'Pacific/Kiritimati';
const COHORT = 'sales';

const SF_HOST = 'acme.lightning.force.com';
const SF_OPPORTUNITY = '/lightning/r/Opportunity/0065g00000AbCdEAAR/view';
const SF_CASE = '/lightning/r/Case/5005g00000XyZabAAB/view';
const JIRA_HOST = 'acme.atlassian.net';
const JIRA_ISSUE = '/browse/ACME-42';
const GMAIL_HOST = 'mail.google.com';
const GMAIL_THREAD = '/mail/u/0/#inbox/FMfcgzQXJWDsKmvGZplbFRrSMVfHqRzs';
const CHATGPT_HOST = 'chatgpt.com';
const FIXTURE_HOSTS: ReadonlySet<string> = new Set([SF_HOST, JIRA_HOST, GMAIL_HOST, CHATGPT_HOST]);
/**
 * Opportunity: "I used AI for this" + "Open in ChatGPT" + the prompt sent there; Case, Jira and
 * Gmail: "I used AI for this" each.
 */
const AI_ACTIONS_IN_SESSION = 6;
/** Four tips in one day: past the default daily cap of three, so the org's policy raises it. */
const TIPS_PER_DAY = 10;
const TEST_TIMEOUT_MS = 240_000;

/** The browser's own background services (never Lastmile): they may try, and fail, to resolve. */
const BROWSER_SERVICE_HOST = /(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)$/;

const netLogArgs = (file: string): string[] => [`--log-net-log=${file}`, '--net-log-capture-mode=Everything'];

interface Launched {
  session: ExtensionSession;
  netLog: string;
}

async function launch(profile: string, netLog: string, zone: string): Promise<Launched> {
  const session = await launchWithExtension({ userDataDir: profile, env: { TZ: zone }, extraArgs: netLogArgs(netLog) });
  return { session, netLog };
}

/** The ChatGPT fixture's composer and conversation (test/fixtures/pages/chatgpt.html). */
async function sendPromptInChatGpt(ai: Page, text: string): Promise<void> {
  const composer = ai.locator('#prompt-textarea');
  const sent = ai.locator('#conversation li[data-message-author-role="user"]');
  const before = await sent.count();
  await composer.click();
  await ai.keyboard.press('End');
  await ai.keyboard.type(` ${text}`);
  await ai.keyboard.press('Enter');
  await expect.poll(() => sent.count(), { timeout: UI_TIMEOUT_MS }).toBe(before + 1);
}

/** Session 1: consent, then tips everywhere. Returns the "Open in ChatGPT" URL (path + query). */
async function workDay(s: ExtensionSession): Promise<string> {
  await consentToSharing(await openSharing(s));

  const sf = await openCardOn(s, SF_HOST, SF_OPPORTUNITY);
  await copyPrompt(sf);
  await markUsed(sf);
  const ai = await openInAiTool(s.context, sf);
  const prefill = new URL(ai.url());
  expect(prefill.hostname).toBe(CHATGPT_HOST);
  expect(prefill.searchParams.get('q')).toContain('Acme Renewal');
  await sendPromptInChatGpt(ai, PROMPT_CANARY);

  // Lightning-style SPA navigation to the Case: same document, new record.
  await sf.bringToFront();
  await sf.keyboard.press('Escape');
  await sf.click('#link-case');
  await expect.poll(() => sf.url(), { timeout: UI_TIMEOUT_MS }).toBe(s.server.url(SF_HOST, SF_CASE));
  await pill(sf).waitFor({ timeout: UI_TIMEOUT_MS });
  await openCard(sf);
  await expect.poll(() => sf.title(), { timeout: UI_TIMEOUT_MS }).toContain('Printer jam at HQ');
  await markUsed(sf);

  const jira = await openCardOn(s, JIRA_HOST, JIRA_ISSUE);
  await copyPrompt(jira);
  await markUsed(jira);

  const gmail = await openCardOn(s, GMAIL_HOST, GMAIL_THREAD);
  await markUsed(gmail);

  await waitForTodayAiActions(s, AI_ACTIONS_IN_SESSION);
  return `${prefill.pathname}${prefill.search}`;
}

interface Traffic {
  netLogs: NetLog[];
  fixturePorts: Set<number>;
  prefillTarget: string;
}

function describeWire(r: { method: string; host: string; target: string }): string {
  return `${r.method} ${r.host}${r.target}`;
}

function expectOnlyLoopback({ netLogs }: Traffic, backend: Backend): string[] {
  const browserServiceHosts = new Set<string>();
  for (const log of netLogs) {
    for (const r of log.urlRequests) {
      const url = new URL(r.url);
      if (url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') continue;
      if (url.protocol === 'https:' && FIXTURE_HOSTS.has(url.hostname)) continue;
      if (url.origin === backend.url) continue;
      // Anything else must be the browser's own service, which never got past DNS.
      expect({ url: r.url, initiator: r.initiator, netError: r.netError }).toEqual({
        url: r.url,
        initiator: 'not an origin',
        netError: ERR_NAME_NOT_RESOLVED,
      });
      expect(url.hostname, r.url).toMatch(BROWSER_SERVICE_HOST);
      expect(carried(r.url, ALL_CANARIES), r.url).toEqual([]);
      browserServiceHosts.add(url.hostname);
    }
    for (const socket of log.sockets) {
      // No TCP connection, or attempt, to anything but loopback.
      for (const address of [...socket.attempted, ...(socket.protocol === 'tcp' && socket.remote ? [socket.remote] : [])]) {
        expect(isLoopback(address), `TCP to ${address}`).toBe(true);
      }
      if (socket.protocol !== 'udp' || socket.sent.length === 0 || socket.remote === undefined) continue;
      // Not even a DNS query: every other hostname fails inside the browser (NO_OTHER_HOSTS).
      expect(isLoopback(socket.remote), `UDP to ${socket.remote} (${dnsQueryName(socket.sent)})`).toBe(true);
    }
  }
  return [...browserServiceHosts].sort();
}

function expectNoCanaryLeaves({ netLogs, fixturePorts, prefillTarget }: Traffic, backend: Backend): void {
  const backendPort = portOf(new URL(backend.url).host);
  const wire = netLogs.flatMap((l) => l.wireRequests);
  expect(wire.length).toBeGreaterThan(0);
  let prefillLoads = 0;
  const leaks: string[] = [];
  for (const r of wire) {
    const port = portOf(r.remote);
    const text = [r.target, ...r.headers, r.body].join('\n');
    if (port === backendPort) {
      const found = carried(text, ALL_CANARIES);
      if (found.length > 0) leaks.push(`${describeWire(r)} -> backend carries ${found.join(', ')}`);
      continue;
    }
    expect(fixturePorts.has(port), `${describeWire(r)} to port ${port}`).toBe(true);
    const host = r.host.replace(/:\d+$/, '');
    expect(FIXTURE_HOSTS.has(host), describeWire(r)).toBe(true);
    // The employee's own "Open in ChatGPT": the prompt (with the record's name) in ?q=, by design.
    if (host === CHATGPT_HOST && r.method === 'GET' && r.target === prefillTarget) {
      prefillLoads++;
      continue;
    }
    // The browser echoes a page's address to its own site as Referer (ChatGPT's favicon): that
    // is the same prefill URL going back where it already is, nothing new; every other byte is checked.
    const prefillReferer = `referer: https://${CHATGPT_HOST}${prefillTarget}`;
    const echoed = host === CHATGPT_HOST ? r.headers.filter((h) => h.toLowerCase() !== prefillReferer.toLowerCase()) : r.headers;
    const found = carried([r.target, ...echoed, r.body].join('\n'), foreignCanaries(host));
    if (found.length > 0) leaks.push(`${describeWire(r)} carries another site's ${found.join(', ')}`);
  }
  expect(leaks).toEqual([]);
  expect(prefillLoads).toBe(1);

  // The net log saw every request the backend received, and nothing the backend didn't see.
  const toBackend = wire.filter((r) => portOf(r.remote) === backendPort).map((r) => `${r.method} ${r.target}`);
  const received = backend.received.map((r) => {
    const u = new URL(r.url);
    return `${r.method} ${u.pathname}${u.search}`;
  });
  expect(toBackend).toEqual(received);
}

describe('Privacy: the canary test', () => {
  it('nothing the pages show or the employee types leaves for anyone but its own site', async () => {
    const backend = await startBackend();
    const dir = await mkdtemp(join(tmpdir(), 'lastmile-e2e-privacy-'));
    const profile = join(dir, 'profile');
    const policy = {
      schemaVersion: 1,
      caps: { tipsPerDay: TIPS_PER_DAY },
      sync: { enabled: true, endpoint: backend.url, enrollmentToken: backend.token, cohort: COHORT },
    };
    try {
      const traffic = await withManagedPolicy(policy, async (): Promise<Traffic> => {
        const fixturePorts = new Set<number>();
        // ---- Session 1, UTC-12: the working day.
        const first = await launch(profile, join(dir, 'netlog-1.json'), FIRST_ZONE);
        let prefillTarget: string;
        let day: string;
        try {
          fixturePorts.add(first.session.server.port);
          day = localDay(new Date(), FIRST_ZONE);
          prefillTarget = await workDay(first.session);
          expect(localDay(new Date(), FIRST_ZONE)).toBe(day);
        } finally {
          await first.session.close();
        }

        // ---- Session 2, same profile, UTC+14: the day is over; "Sync now" sends it.
        const second = await launch(profile, join(dir, 'netlog-2.json'), SECOND_ZONE);
        try {
          fixturePorts.add(second.session.server.port);
          expect(localDay(new Date(), SECOND_ZONE) > day).toBe(true);
          const sharing = await openSharing(second.session);
          expect(await syncNow(sharing)).toBe('Sent 1 report');
        } finally {
          await second.session.close();
        }
        // Read after each browser has exited: Chromium completes the file on the way out.
        return { netLogs: [await readNetLog(first.netLog), await readNetLog(second.netLog)], fixturePorts, prefillTarget };
      });

      // ---- The backend got a real report, valid and free of canaries.
      const reports = extensionReportPosts(backend);
      expect(reports.length).toBeGreaterThanOrEqual(1);
      for (const r of reports) {
        const report = DailyReportSchema.parse(JSON.parse(r.body));
        expect(report.cohort).toBe(COHORT);
        expect(report.rows.length).toBeGreaterThan(0);
        expect(carried(r.body, ALL_CANARIES)).toEqual([]);
      }
      // Server side: no request the backend received carries a canary, anywhere.
      for (const r of backend.received) {
        expect(carried([r.url, ...Object.entries(r.headers).map(([k, v]) => `${k}: ${v}`), r.body].join('\n'), ALL_CANARIES), `${r.method} ${r.url}`).toEqual([]);
      }

      // ---- Browser side, from the net logs.
      const services = expectOnlyLoopback(traffic, backend);
      expectNoCanaryLeaves(traffic, backend);
      // Sanity: the logs did capture the work (every site's pages, and the report POST on the wire).
      const wire = traffic.netLogs.flatMap((l) => l.wireRequests);
      for (const site of SITE_CANARIES) expect(wire.some((r) => r.host === site.host), site.host).toBe(true);
      expect(wire.some((r) => r.method === 'POST' && r.target === '/api/v1/reports' && r.body.includes('"schemaVersion"'))).toBe(true);
      // Chromium's own background services are listed, so a new one shows up in review.
      expect(services.every((h) => BROWSER_SERVICE_HOST.test(h))).toBe(true);
    } finally {
      await backend.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, TEST_TIMEOUT_MS);
});
