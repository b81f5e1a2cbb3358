import { describe, expect, it } from 'vitest';
import { createRouter, type MessageSender } from '@/lib/coach/router';
import { CoachService, type KeyValueStore } from '@/lib/coach/service';
import { onboardingMode, shouldOpenOnboarding, ONBOARDING_KEY, OnboardingStateSchema } from '@/lib/onboarding';
import { MemoryUsageSink } from '@/lib/usage/events';
import { HabitSettingsStore } from '@/lib/usage/settings';
import { sampleTip } from '@/components/onboarding/sample';
import { policyView } from '../support/policy';

const EXT = 'jacemdllinefijbplihaekiombhogcki';
const ORIGIN = `chrome-extension://${EXT}/`;

describe('when the tour opens by itself', () => {
  it('opens on a fresh install only', () => {
    expect(shouldOpenOnboarding('install', undefined)).toBe(true);
    expect(shouldOpenOnboarding('update', undefined)).toBe(false);
    expect(shouldOpenOnboarding('chrome_update', undefined)).toBe(false);
    expect(shouldOpenOnboarding('shared_module_update', undefined)).toBe(false);
  });

  it('never again once finished or skipped; a malformed stored value does not count as done', () => {
    expect(shouldOpenOnboarding('install', { completedAt: '2026-11-23T10:00:00.000Z' })).toBe(false);
    expect(shouldOpenOnboarding('install', { completedAt: '' })).toBe(true);
    expect(shouldOpenOnboarding('install', 'yes')).toBe(true);
  });
});

describe('which tour', () => {
  it('is short when IT force-installed Lastmile, whatever the policy', () => {
    expect(onboardingMode('admin', undefined)).toBe('short');
    expect(onboardingMode('admin', { orgName: { source: 'default' } })).toBe('short');
  });

  it('is short when any key of the policy in force comes from (or merges in) the managed policy', () => {
    expect(onboardingMode('normal', { orgName: { source: 'managed' } })).toBe('short');
    expect(onboardingMode('development', { notes: { source: 'backend', sources: ['managed', 'backend'] } })).toBe('short');
  });

  it('is full for a normal install with no managed policy (backend or own settings do not count)', () => {
    expect(onboardingMode('normal', { orgName: { source: 'backend' }, caps: { source: 'user', sources: ['user'] } })).toBe('full');
    expect(onboardingMode(undefined, undefined)).toBe('full');
    // Through the real resolver: a managed source sets provenance to "managed".
    expect(onboardingMode('normal', policyView({ orgName: 'Acme' }).resolved.provenance)).toBe('short');
    expect(onboardingMode('normal', policyView().resolved.provenance)).toBe('full');
  });
});

describe('onboarding:done message', () => {
  function setup(withOnboarding: boolean) {
    const data = new Map<string, unknown>();
    const store: KeyValueStore = { get: async (k) => data.get(k), set: async (k, v) => void data.set(k, v) };
    const settings = new HabitSettingsStore(store);
    const service = new CoachService({
      store,
      sink: new MemoryUsageSink(),
      now: () => new Date('2026-11-23T10:00:00Z'),
      timeZone: () => 'UTC',
      policy: async () => policyView(),
      trackingPaused: async () => false,
    });
    const none = async () => null;
    const nothing = async (): Promise<void> => {};
    const route = createRouter({
      service,
      settings,
      extensionId: EXT,
      extensionOrigin: ORIGIN,
      deleteAll: nothing,
      injectCoach: nothing,
      openTab: nothing,
      push: nothing,
      packagedMessages: async () => ({}),
      pages: {
        policyStatus: none,
        setUserPolicy: none,
        syncStatus: none,
        syncPreview: none,
        syncConsent: none,
        syncNow: none,
        ...(withOnboarding
          ? {
              onboardingDone: async () => {
                data.set(ONBOARDING_KEY, { completedAt: '2026-11-23T10:00:00.000Z' });
                return null;
              },
            }
          : {}),
      },
    });
    return { route, data };
  }
  const tourPage: MessageSender = { id: EXT, url: `${ORIGIN}onboarding.html`, tab: { id: 3 } };

  it('is accepted from the tour page and stores the completion', async () => {
    const { route, data } = setup(true);
    expect(await route({ type: 'onboarding:done' }, tourPage)).toBeNull();
    expect(OnboardingStateSchema.parse(data.get(ONBOARDING_KEY)).completedAt).toBe('2026-11-23T10:00:00.000Z');
    expect(shouldOpenOnboarding('install', data.get(ONBOARDING_KEY))).toBe(false);
  });

  it('is refused from web pages, other extensions, and with extra fields', async () => {
    const { route, data } = setup(true);
    const sf = 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000AbCdEAAR/view';
    await expect(route({ type: 'onboarding:done' }, { id: EXT, url: sf, frameId: 0, tab: { id: 7 } })).rejects.toThrow(
      /only accepted from extension pages/,
    );
    await expect(route({ type: 'onboarding:done' }, { ...tourPage, id: 'someoneelse' })).rejects.toThrow(/another extension/);
    await expect(route({ type: 'onboarding:done', completedAt: 'never' }, tourPage)).rejects.toThrow(/Invalid message/);
    expect(data.has(ONBOARDING_KEY)).toBe(false);
  });

  it('says so when the router was built without it', async () => {
    const { route } = setup(false);
    await expect(route({ type: 'onboarding:done' }, tourPage)).rejects.toThrow(/not available/);
  });
});

describe('the tour sample', () => {
  it('is the bundled Salesforce follow-up tip, filled by the template code with no placeholder left', () => {
    const s = sampleTip('Acme Corp — Renewal 2026', '23/11/2026');
    expect(s.tip.id).toBe('sf-opp-followup');
    expect(s.contextLabel).toBe('Opportunity · Acme Corp — Renewal 2026');
    expect(s.tip.prompt).toContain('Write a follow-up email for Acme Corp — Renewal 2026,');
    expect(s.tip.prompt).toContain('Today is 23/11/2026.');
    expect(s.tip.prompt).not.toMatch(/\{\{|\}\}/);
  });

  it('names the object as Salesforce does in the UI language, and fills the prompt in it', () => {
    const de = sampleTip('Acme Corp — Renewal 2026', '23.11.2026', 'de-AT');
    expect(de.contextLabel).toBe('Opportunity · Acme Corp — Renewal 2026');
    expect(de.tip.prompt).toContain('Follow-up-E-Mail zu Acme Corp — Renewal 2026,');
    const fr = sampleTip('Acme Corp — Renouvellement 2026', '23/11/2026', 'fr');
    expect(fr.contextLabel).toBe('Opportunité · Acme Corp — Renouvellement 2026');
    expect(fr.tip.prompt).toContain('Nous sommes le 23/11/2026.');
    // Without a record name the fallback is French too.
    expect(sampleTip('', '23/11/2026', 'fr').tip.prompt).toContain('un e-mail de suivi pour cette opportunité,');
  });
});
