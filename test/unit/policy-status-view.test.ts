/**
 * policy:status as the background answers it and the pages parse it: a company tip from the backend
 * with per-language texts (lib/playbook/localize.ts) must reach the habits page and the tour as one
 * title in the employee's language; the sync enrollment token never leaves the background.
 */
import { describe, expect, it } from 'vitest';
import { PolicyStatusSchema, policyStatusView, preferredToolChanged, userPatch } from '@/lib/pages/replies';
import { resolvePolicy } from '@/lib/policy/merge';

const NOW = new Date('2026-03-10T09:00:00Z');
const TIP = {
  id: 'acme-renewal-brief',
  where: { app: 'salesforce', page: 'record', object: 'Opportunity' },
  title: { en: 'Brief me on this renewal', de: 'Briefing zu dieser Verlängerung', fr: 'Point sur ce renouvellement' },
  why: { en: 'Renewals need context fast.', de: 'Verlängerungen brauchen schnell Kontext.' },
  prompt: { en: 'Summarise the renewal {{recordName}}.', de: 'Fasse die Verlängerung {{recordName}} zusammen.' },
  gap: 'clarity',
  level: 'everyday',
  minutesSaved: 5,
};

function resolved() {
  const policy = {
    orgName: 'Acme',
    tips: [TIP],
    sync: { enabled: true, endpoint: 'https://lastmile.acme.example', enrollmentToken: 'secret-token-0123456789abcdef', cohort: 'sales' },
  };
  // Per-language tips reach the extension from the backend or Firefox policy; managed here carries sync too.
  const r = resolvePolicy({ managed: { raw: policy, receivedAt: NOW.toISOString() } }, undefined, NOW);
  expect(r.rejected).toEqual([]);
  return r;
}

describe('policyStatusView', () => {
  it.each([
    ['de-DE', 'Briefing zu dieser Verlängerung'],
    ['fr', 'Point sur ce renouvellement'],
    ['es', 'Brief me on this renewal'],
  ])('titles a per-language company tip in %s, and the pages can parse it', (lang, title) => {
    const view = policyStatusView(resolved(), lang);
    const parsed = PolicyStatusSchema.safeParse(view);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(parsed.data?.policy.tips).toEqual([{ id: 'acme-renewal-brief', title, app: 'salesforce' }]);
  });

  it('leaves the enrollment token out and keeps the rest of the sync settings', () => {
    const view = policyStatusView(resolved(), 'en');
    expect(JSON.stringify(view)).not.toContain('secret-token');
    expect(view.policy.sync).toEqual({ enabled: true, endpoint: 'https://lastmile.acme.example', cohort: 'sales' });
  });

  it('has no sync section when the policy has none', () => {
    const r = resolvePolicy({}, undefined, NOW);
    const view = policyStatusView(r, 'en');
    expect(view.policy.sync).toBeUndefined();
    expect(PolicyStatusSchema.safeParse(view).success).toBe(true);
  });
});

describe('preferredToolChanged', () => {
  it('says yes when Settings or the tour set, change or clear the preferred tool, and no for other changes', () => {
    const before = { disabledApps: ['slack'] };
    const chosen = userPatch(before, { preferredTool: 'claude' });
    expect(preferredToolChanged(before, chosen)).toBe(true);
    expect(preferredToolChanged(chosen, userPatch(chosen, { preferredTool: 'copilot' }))).toBe(true);
    expect(preferredToolChanged(chosen, userPatch(chosen, { preferredTool: null }))).toBe(true);
    expect(preferredToolChanged(chosen, userPatch(chosen, { tipsPerDay: 2 }))).toBe(false);
    expect(preferredToolChanged(chosen, userPatch(chosen, { preferredTool: 'claude' }))).toBe(false);
    // Nothing stored yet, or something unreadable: only a real choice counts.
    expect(preferredToolChanged(undefined, {})).toBe(false);
    expect(preferredToolChanged('garbage', chosen)).toBe(true);
  });
});
