/** Org tips with per-language text: validated by the shared schema, stored and served unchanged. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminPolicyResponseSchema, ErrorBodySchema } from '../../server/api/contract';
import { PolicySchema } from '../../lib/policy/schema';
import { localizeTip } from '../../lib/playbook/localize';
import { ENGINES, adminReq, makeHarness, signIn, type Harness } from './harness';

const TIP = {
  id: 'acme-jira-risk',
  where: { app: 'jira', page: ['issue'] },
  title: { en: 'Summarise the risk in this issue', de: 'Das Risiko in diesem Vorgang zusammenfassen' },
  why: 'Risk reviews need the gist fast.',
  prompt: {
    en: 'Summarise the risk in {{recordName}}.\n[paste the issue here]',
    de: 'Fassen Sie das Risiko in {{recordName}} zusammen.\n[Hier den Vorgang einfügen]',
  },
  gap: 'clarity',
  minutesSaved: 6,
};

describe.each(ENGINES)('per-language org tips on %s', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness(engine);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('refuses a bad placeholder in one language, naming it; stores and serves a valid map unchanged', async () => {
    const s = await signIn(h);
    const bad = await adminReq(h, s, '/admin/api/policy', {
      method: 'PUT',
      body: { tips: [{ ...TIP, prompt: { ...TIP.prompt, de: 'Fassen Sie {{record}} zusammen, bitte.' } }] },
    });
    expect(bad.status).toBe(400);
    const err = ErrorBodySchema.parse(await bad.json()).error;
    expect(err.code).toBe('invalid_policy');
    expect((err.issues ?? []).map((i) => i.path)).toEqual(['tips.0.prompt.de']);

    const put = AdminPolicyResponseSchema.parse(
      await (await adminReq(h, s, '/admin/api/policy', { method: 'PUT', body: { schemaVersion: 1, tips: [TIP] } })).json(),
    );
    expect(put.draft?.tips?.[0]?.title).toEqual(TIP.title);
    await adminReq(h, s, '/admin/api/policy/publish', { method: 'POST' });

    const got = await h.req('/api/v1/policy', { headers: { authorization: `Bearer ${h.token}` } });
    expect(got.status).toBe(200);
    const served = PolicySchema.parse(await got.json());
    const tip = served.tips?.[0];
    if (!tip) throw new Error('no tip served');
    expect(localizeTip(tip, 'de-DE').title).toBe('Das Risiko in diesem Vorgang zusammenfassen');
    expect(localizeTip(tip, 'fr').prompt).toBe(TIP.prompt.en);
  });
});
