/** Object labels and fallback words in the prompt's language: German and French prompts read as such. */
import { describe, expect, it } from 'vitest';
import { loadBundledPlaybook } from '../../lib/playbook/load';
import { localizeTip } from '../../lib/playbook/localize';
import { placeholdersIn } from '../../lib/playbook/schema';
import { fillTemplate, objectLabelFor, templateLang, templateValuesFor } from '../../lib/playbook/template';
import { detectorFor } from '../../lib/sites';
import type { AppId, PageContext } from '../../lib/sites/types';

const ctx = (app: AppId, object: string | undefined, page = 'record'): PageContext =>
  object === undefined ? { app, page } : { app, page, object };

describe('templateLang', () => {
  it.each([
    ['de', 'de'],
    ['de-AT', 'de'],
    [' FR_ca ', 'fr'],
    ['en-GB', 'en'],
    ['es', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ] as const)('%s -> %s', (given, expected) => {
    expect(templateLang(given)).toBe(expected);
  });
});

describe('objectLabelFor in German and French', () => {
  it.each([
    // Salesforce keeps "Opportunity", "Lead" and "Account" in German; a Case is a "Kundenvorgang".
    ['salesforce', 'Opportunity', 'Opportunity', 'opportunité'],
    ['salesforce', 'Case', 'Kundenvorgang', 'requête'],
    ['salesforce', 'Lead', 'Lead', 'piste'],
    ['salesforce', 'Account', 'Account', 'compte'],
    ['salesforce', 'Contact', 'Kontakt', 'contact'],
    ['salesforce', 'OpportunityLineItem', 'Opportunity-Produkt', "produit d'opportunité"],
    // Dynamics 365: "Verkaufschance", "Firma", "Fall"; French "incident" for a case.
    ['dynamics', 'opportunity', 'Verkaufschance', 'opportunité'],
    ['dynamics', 'account', 'Firma', 'compte'],
    ['dynamics', 'incident', 'Fall', 'incident'],
    ['dynamics', 'lead', 'Lead', 'prospect'],
    ['servicenow', 'incident', 'Incident', 'incident'],
    ['servicenow', 'change_request', 'Change Request', 'demande de changement'],
    ['servicenow', 'sc_req_item', 'Requested Item', 'élément demandé'],
    ['servicenow', 'problem', 'Problem', 'problème'],
    ['servicenow', 'x_acme_app_incident', 'Incident', 'incident'],
    ['hubspot', 'deal', 'Deal', 'transaction'],
    ['hubspot', '0-2', 'Unternehmen', 'entreprise'],
    ['jira', 'issue', 'Vorgang', 'ticket'],
    ['github', 'issue', 'Issue', 'issue'],
    ['github', 'pull', 'Pull Request', 'pull request'],
    ['gmail', 'thread', 'Konversation', 'conversation'],
    ['zendesk', 'ticket', 'Ticket', 'ticket'],
    ['teams', 'channel', 'Kanal', 'canal'],
    ['slack', 'channel', 'Channel', 'canal'],
    ['confluence', 'page', 'Seite', 'page'],
  ] as const)('%s %s -> %s / %s', (app, object, de, fr) => {
    expect(objectLabelFor(ctx(app, object), 'de')).toBe(de);
    expect(objectLabelFor(ctx(app, object), 'de-AT')).toBe(de);
    expect(objectLabelFor(ctx(app, object), 'fr')).toBe(fr);
  });

  it('keeps English by default and for languages without their own labels', () => {
    expect(objectLabelFor(ctx('salesforce', 'Case'))).toBe('case');
    expect(objectLabelFor(ctx('salesforce', 'Case'), 'es')).toBe('case');
  });

  it("keeps a custom object's own name, and says record in the language when nothing names the thing", () => {
    expect(objectLabelFor(ctx('salesforce', 'Invoice__c'), 'de')).toBe('invoice');
    expect(objectLabelFor(ctx('hubspot', '2-1234567'), 'de')).toBe('Datensatz');
    expect(objectLabelFor(ctx('hubspot', '2-1234567'), 'fr')).toBe('enregistrement');
    expect(objectLabelFor(ctx('salesforce', undefined, 'home'), 'de')).toBe('Datensatz');
    expect(objectLabelFor(ctx('gmail', undefined, 'compose'), 'de')).toBe('Entwurf');
    expect(objectLabelFor(ctx('gmail', undefined, 'compose'), 'fr')).toBe('brouillon');
  });

  it('is not fooled by object names that exist on Object.prototype', () => {
    expect(objectLabelFor(ctx('salesforce', 'constructor'), 'de')).toBe('constructor');
    expect(objectLabelFor(ctx('salesforce', 'toString'), 'fr')).toBe('to string');
  });
});

describe('fillTemplate fallbacks in German and French', () => {
  it('German: the record in the dative, with the article the label needs', () => {
    expect(fillTemplate('E-Mail zu {{recordName}}.', { objectLabel: 'Kundenvorgang' }, 'de')).toBe('E-Mail zu diesem Kundenvorgang.');
    expect(fillTemplate('E-Mail zu {{recordName}}.', { objectLabel: 'Opportunity' }, 'de')).toBe('E-Mail zu dieser Opportunity.');
    expect(fillTemplate('E-Mail zu {{recordName}}.', { objectLabel: 'Ticket' }, 'de')).toBe('E-Mail zu diesem Ticket.');
    expect(fillTemplate('E-Mail zu {{recordName}}.', {}, 'de')).toBe('E-Mail zu diesem Datensatz.');
    // A label without a known gender (a custom object) gives way to the generic word.
    expect(fillTemplate('E-Mail zu {{recordName}}.', { objectLabel: 'invoice' }, 'de')).toBe('E-Mail zu diesem Datensatz.');
    expect(fillTemplate('Ein {{objectLabel}} aus {{appLabel}}. Heute ist der {{today}}.', {}, 'de-CH')).toBe(
      'Ein Datensatz aus der App. Heute ist der [Datum].',
    );
  });

  it('French: ce, cet or cette, and the app with its article', () => {
    expect(fillTemplate('Résumez {{recordName}}.', { objectLabel: 'requête' }, 'fr')).toBe('Résumez cette requête.');
    expect(fillTemplate('Résumez {{recordName}}.', { objectLabel: 'ticket' }, 'fr')).toBe('Résumez ce ticket.');
    expect(fillTemplate('Résumez {{recordName}}.', { objectLabel: 'incident' }, 'fr')).toBe('Résumez cet incident.');
    expect(fillTemplate('Résumez {{recordName}}.', { objectLabel: 'élément demandé' }, 'fr')).toBe('Résumez cet élément demandé.');
    expect(fillTemplate('Résumez {{recordName}}.', {}, 'fr')).toBe('Résumez cet enregistrement.');
    expect(fillTemplate('Un {{objectLabel}} exporté de {{appLabel}}. Nous sommes le {{today}}.', {}, 'fr')).toBe(
      "Un enregistrement exporté de l'application. Nous sommes le [date du jour].",
    );
  });

  it('capitalises a fallback that starts a sentence', () => {
    expect(fillTemplate('{{recordName}} est en retard.', { objectLabel: 'opportunité' }, 'fr')).toBe('Cette opportunité est en retard.');
    expect(fillTemplate('Bitte prüfen. {{recordName}} fehlt ein Datum.', { objectLabel: 'Fall' }, 'de')).toBe(
      'Bitte prüfen. Diesem Fall fehlt ein Datum.',
    );
  });

  it('fills given values as they are in every language', () => {
    const values = { recordName: 'Acme', appLabel: 'Salesforce', today: '09.03.2026', recordId: '006A' };
    expect(fillTemplate('{{recordName}} ({{recordId}}) in {{appLabel}}, {{today}}', values, 'de')).toBe(
      'Acme (006A) in Salesforce, 09.03.2026',
    );
  });

  it('every label the tables give has a gender, so the fallback never falls back to the generic word', () => {
    const contexts: [AppId, string][] = [
      ['salesforce', 'Case'],
      ['salesforce', 'Opportunity'],
      ['dynamics', 'account'],
      ['servicenow', 'change_request'],
      ['hubspot', 'company'],
      ['github', 'pull'],
      ['outlook', 'thread'],
    ];
    for (const lang of ['de', 'fr'] as const) {
      for (const [app, object] of contexts) {
        const values = templateValuesFor(ctx(app, object), { appLabel: 'X', today: 'T' }, lang);
        const filled = fillTemplate('{{recordName}}', values, lang);
        expect(filled.endsWith(` ${values.objectLabel}`), `${lang} ${app} ${object}: ${filled}`).toBe(true);
      }
    }
  });
});

describe('bundled prompts in German and French without page values', () => {
  // English fallback words that must never land in a German or French prompt.
  const FALLBACK_WORDS = ['this', 'record', 'the app', 'today'];
  const tips = loadBundledPlaybook();
  const cases = tips.flatMap((t) => (['de', 'fr'] as const).map((lang) => [t.id, lang, t] as const));
  const wordRe = (w: string): RegExp => new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, 'iu');

  it.each(cases)('%s (%s): no English fallback and no "{{"', (_id, lang, tip) => {
    const local = localizeTip(tip, lang);
    expect(local.lang).toBe(lang);
    const page = Array.isArray(tip.where.page) ? tip.where.page[0] : tip.where.page;
    const object = Array.isArray(tip.where.object) ? tip.where.object[0] : tip.where.object;
    const c = ctx(tip.where.app, object, page ?? 'record');
    // The English label too, unless the app keeps its English term in this language ("Opportunity").
    const english = objectLabelFor(c);
    const unwanted = english.toLowerCase() === objectLabelFor(c, lang).toLowerCase() ? FALLBACK_WORDS : [...FALLBACK_WORDS, english];
    // The page as the URL shows it, but nothing read from the page: no record name, no id.
    const fromContext = templateValuesFor(c, { appLabel: detectorFor(tip.where.app).label, today: '09.03.2026' }, lang);
    // Not even the extras: every fallback at once.
    for (const values of [fromContext, {}]) {
      const filled = fillTemplate(local.prompt, values, lang);
      expect(filled).not.toContain('{{');
      // Only what the author wrote may contain these words.
      const found = unwanted.filter((w) => wordRe(w).test(filled) && !wordRe(w).test(local.prompt));
      expect(found, filled).toEqual([]);
    }
  });

  it('the record fallback lands where German grammar takes the dative', () => {
    // Every German {{recordName}} follows a dative preposition ("zu", "mit", "von", "bei", "gegenüber", "an" + verb of activity).
    const bad = tips.flatMap((t) => {
      const prompt = localizeTip(t, 'de').prompt;
      if (!placeholdersIn(prompt).includes('recordName')) return [];
      const before = [...prompt.matchAll(/(\S+)\s+\{\{\s*recordName\s*\}\}/g)].map((m) => m[1] ?? '');
      return before.filter((w) => !['zu', 'mit', 'von', 'bei', 'gegenüber', 'an'].includes(w)).map((w) => `${t.id}: "${w} {{recordName}}"`);
    });
    expect(bad).toEqual([]);
  });

  it('reads naturally where the fallback lands in the sample prompts', () => {
    const byId = new Map(tips.map((t) => [t.id, t] as const));
    const filled = (id: string, lang: 'de' | 'fr', c: PageContext): string => {
      const tip = byId.get(id);
      if (!tip) throw new Error(`missing ${id}`);
      const local = localizeTip(tip, lang);
      return fillTemplate(local.prompt, templateValuesFor(c, { appLabel: 'App', today: '09.03.2026' }, lang), lang);
    };
    expect(filled('sf-case-summary-resolution', 'de', ctx('salesforce', 'Case'))).toContain('Verlauf von diesem Kundenvorgang');
    expect(filled('sf-case-summary-resolution', 'fr', ctx('salesforce', 'Case'))).toContain("l'historique de cette requête");
    expect(filled('sf-opp-followup', 'de', ctx('salesforce', 'Opportunity'))).toContain('Follow-up-E-Mail zu dieser Opportunity');
    expect(filled('hs-deal-next-step-email', 'de', ctx('hubspot', 'deal'))).toContain('bei diesem Deal in die nächste Phase');
    expect(filled('hs-deal-next-step-email', 'fr', ctx('hubspot', 'deal'))).toContain('faire passer cette transaction');
    expect(filled('snow-incident-pir', 'fr', ctx('servicenow', 'incident'))).toContain('pour cet incident');
    expect(filled('d365-case-summary', 'de', ctx('dynamics', 'incident'))).toContain('den Stand zu diesem Fall');
    expect(filled('hs-contact-personalise', 'de', ctx('hubspot', 'contact'))).toContain('meine Ansprache gegenüber diesem Kontakt');
    expect(filled('hs-contact-personalise', 'fr', ctx('hubspot', 'contact'))).toContain('mes messages de prospection pour ce contact');
  });
});
