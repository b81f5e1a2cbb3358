/**
 * The router replies to page:visit before the background's own bookkeeping (visit count,
 * tip_shown event, tip state) is committed; that bookkeeping stays serialised before later messages.
 */
import { describe, expect, it } from 'vitest';
import { CoachService, type KeyValueStore } from '../../lib/coach/service';
import type { AppId, PageContext } from '../../lib/sites/types';
import { MemoryUsageSink } from '../../lib/usage/events';
import { policyView } from '../support/policy';

const OPPORTUNITY: PageContext = { app: 'salesforce', page: 'record', object: 'Opportunity', recordId: '0065g00000AbCdEAAR' };

/** countVisit waits until released: a slow disk. */
class GatedSink extends MemoryUsageSink {
  release: () => void = () => undefined;
  private readonly gate = new Promise<void>((resolve) => (this.release = resolve));
  fail = false;
  override async countVisit(day: string, app: AppId, page: string): Promise<void> {
    await this.gate;
    if (this.fail) throw new Error('disk said no');
    return super.countVisit(day, app, page);
  }
}

function setup() {
  const data = new Map<string, unknown>();
  const store: KeyValueStore = { get: async (k) => data.get(k), set: async (k, v) => void data.set(k, v) };
  const sink = new GatedSink();
  const warnings: string[] = [];
  const service = new CoachService({
    store,
    sink,
    now: () => new Date('2026-11-23T10:00:00Z'),
    timeZone: () => 'UTC',
    policy: async () => policyView(),
    warn: (m) => warnings.push(m),
  });
  return { service, sink, warnings };
}

describe('CoachService.visitEarly', () => {
  it('answers before the bookkeeping is committed; later work waits for it', async () => {
    const { service, sink } = setup();
    const { answer, committed } = service.visitEarly(OPPORTUNITY);
    const offer = (await answer).offer;
    expect(offer).not.toBeNull();
    expect(sink.visits).toEqual([]);
    expect(await sink.list()).toEqual([]);
    const tips = service.tipsFor(OPPORTUNITY); // queued behind the bookkeeping
    sink.release();
    await committed;
    expect(sink.visits).toHaveLength(1);
    expect((await sink.list()).map((e) => e.type)).toEqual(['tip_shown']);
    expect((await tips).tips[0]?.id).toBe(offer?.tipId);
  });

  it('visit() still resolves only once committed, and rejects when the bookkeeping fails', async () => {
    const { service, sink, warnings } = setup();
    sink.fail = true;
    const visit = service.visit(OPPORTUNITY);
    sink.release();
    await expect(visit).rejects.toThrow('disk said no');
    expect(warnings.some((w) => w.includes('disk said no'))).toBe(true);
  });

  it('the early answer stands when only the bookkeeping fails (reported)', async () => {
    const { service, sink, warnings } = setup();
    sink.fail = true;
    const { answer, committed } = service.visitEarly(OPPORTUNITY);
    expect((await answer).offer).not.toBeNull();
    sink.release();
    await expect(committed).rejects.toThrow('disk said no');
    expect(warnings).toHaveLength(1);
  });
});
