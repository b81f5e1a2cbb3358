import { describe, expect, it } from 'vitest';
import { languageChain, localize, localizeTip, pickText } from '../../lib/playbook/localize';
import { formatPlaybookError, parsePlaybook } from '../../lib/playbook/load';
import { LocalizedTipSchema, MAX_TEXT_LANGS, type Tip } from '../../lib/playbook/schema';
import { PolicySchema } from '../../lib/policy/schema';

const TEXT = { en: 'Summarise the thread', de: 'Den Verlauf zusammenfassen', fr: 'Résumer le fil' };

function tip(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'org-jira-summary',
    where: { app: 'jira', page: ['issue'] },
    title: TEXT,
    why: { en: 'Long threads hide the decision.', de: 'Lange Verläufe verstecken die Entscheidung.' },
    prompt: {
      en: 'Summarise {{recordName}}.\n[paste the thread here]',
      de: 'Fassen Sie {{recordName}} zusammen.\n[Hier den Verlauf einfügen]',
      fr: 'Résumez {{recordName}}.\n[Collez ici le fil]',
    },
    gap: 'clarity',
    minutesSaved: 4,
    ...overrides,
  };
}

function parsed(overrides: Record<string, unknown> = {}): Tip {
  const { tips, errors } = parsePlaybook([tip(overrides)]);
  expect(errors.map(formatPlaybookError)).toEqual([]);
  const [only] = tips;
  if (!only) throw new Error('no tip');
  return only;
}

function errorsFor(overrides: Record<string, unknown>): string[] {
  return parsePlaybook([tip(overrides)]).errors.map(formatPlaybookError);
}

describe('languageChain', () => {
  it('goes from the region to the language to English', () => {
    expect(languageChain('de-AT')).toEqual(['de-at', 'de', 'en']);
    expect(languageChain('fr')).toEqual(['fr', 'en']);
    expect(languageChain('zh-Hant-TW')).toEqual(['zh-hant-tw', 'zh-hant', 'zh', 'en']);
  });

  it('reads Chrome-style and padded tags, and ends at English only once', () => {
    expect(languageChain(' pt_BR ')).toEqual(['pt-br', 'pt', 'en']);
    expect(languageChain('en-GB')).toEqual(['en-gb', 'en']);
    expect(languageChain('EN')).toEqual(['en']);
  });

  it('treats an unreadable language as English', () => {
    for (const bad of ['', '  ', '*', 'de AT', '1234', 'toolonglanguage']) expect(languageChain(bad)).toEqual(['en']);
  });
});

describe('pickText / localize', () => {
  it('picks the language, then the base language for a region, then English', () => {
    expect(localize(TEXT, 'de')).toBe(TEXT.de);
    expect(localize(TEXT, 'de-AT')).toBe(TEXT.de);
    expect(localize(TEXT, 'fr-CA')).toBe(TEXT.fr);
    expect(localize(TEXT, 'es-ES')).toBe(TEXT.en);
    expect(localize(TEXT, '')).toBe(TEXT.en);
  });

  it('prefers an exact regional text over the base language', () => {
    const text = { en: 'Colour', fr: 'Couleur', 'fr-CA': 'Couleur (CA)', pt_BR: 'Cor' };
    expect(pickText(text, 'fr-CA')).toEqual({ text: 'Couleur (CA)', lang: 'fr-ca' });
    expect(pickText(text, 'fr-BE')).toEqual({ text: 'Couleur', lang: 'fr' });
    expect(pickText(text, 'pt-BR')).toEqual({ text: 'Cor', lang: 'pt-br' });
    expect(pickText(text, 'pt-PT')).toEqual({ text: 'Colour', lang: 'en' });
  });

  it('gives a plain string in every language, reported in the UI language', () => {
    expect(pickText('Summarise the thread', 'de-AT')).toEqual({ text: 'Summarise the thread', lang: 'de-at' });
    expect(localize('Summarise the thread', 'fr')).toBe('Summarise the thread');
  });

  it('never reads inherited properties of a map', () => {
    expect(localize({ en: 'Hello' }, 'constructor')).toBe('Hello');
    expect(localize({ en: 'Hello' }, 'toString')).toBe('Hello');
  });
});

describe('localizeTip', () => {
  it('resolves every shown text and keeps id, where, level and the rest unchanged', () => {
    const source = parsed();
    const de = localizeTip(source, 'de-CH');
    expect(de).toMatchObject({
      id: source.id,
      where: source.where,
      level: source.level,
      gap: source.gap,
      minutesSaved: source.minutesSaved,
      tags: source.tags,
      title: TEXT.de,
      why: 'Lange Verläufe verstecken die Entscheidung.',
      prompt: 'Fassen Sie {{recordName}} zusammen.\n[Hier den Verlauf einfügen]',
      lang: 'de',
    });
    expect(LocalizedTipSchema.safeParse(de).success).toBe(true);
  });

  it('falls back per field: a missing French "why" is English, the rest French', () => {
    const fr = localizeTip(parsed(), 'fr');
    expect(fr.title).toBe(TEXT.fr);
    expect(fr.why).toBe('Long threads hide the decision.');
    expect(fr.lang).toBe('fr');
  });

  it('passes plain-string tips through in any language', () => {
    const plain = parsed({ title: 'Summarise the thread', why: 'Long threads hide it.', prompt: 'Summarise {{recordName}}.' });
    expect(localizeTip(plain, 'fr')).toMatchObject({ title: 'Summarise the thread', prompt: 'Summarise {{recordName}}.' });
  });
});

describe('per-language text in the tip schema', () => {
  it('accepts plain strings, maps with English, regional and Chrome-style keys', () => {
    expect(parsed({ title: 'Plain title' }).title).toBe('Plain title');
    expect(parsed({ title: { en: 'Title', 'fr-CA': 'Titre', pt_BR: 'Título' } }).title).toEqual({
      en: 'Title',
      'fr-CA': 'Titre',
      pt_BR: 'Título',
    });
  });

  it('requires English in a map, and names the field', () => {
    expect(errorsFor({ title: { de: 'Titel', fr: 'Titre' } })).toEqual([
      'tip "org-jira-summary" (#1): field "title.en": is required: English is shown where no other language fits',
    ]);
  });

  it('checks placeholders in every language, naming the language', () => {
    expect(
      errorsFor({ prompt: { en: 'Summarise {{recordName}} now.', de: 'Fassen Sie {{record}} zusammen.', fr: 'Résumez {{recordName} vite.' } }),
    ).toEqual([
      'tip "org-jira-summary" (#1): field "prompt.de": uses an unknown {{placeholder}}: {{record}} (allowed: recordName, objectLabel, appLabel, recordId, today)',
      'tip "org-jira-summary" (#1): field "prompt.fr": has an unclosed "{{" or a stray "}}"; write placeholders as {{name}}',
    ]);
  });

  it('applies the same length rules to every language', () => {
    expect(errorsFor({ title: { en: 'Title', de: 'T' } })).toEqual([
      'tip "org-jira-summary" (#1): field "title.de": Too small: expected string to have >=3 characters',
    ]);
    expect(errorsFor({ why: { en: 'Long threads hide the decision.', fr: 'x'.repeat(401) } })).toHaveLength(1);
  });

  it('caps the number of languages in one text', () => {
    // "en" plus MAX_TEXT_LANGS distinct three-letter codes: "qaa", "qab"…
    const letter = (n: number): string => String.fromCharCode(97 + n);
    const codes = ['en', ...Array.from({ length: MAX_TEXT_LANGS }, (_, i) => `q${letter(Math.floor(i / 26))}${letter(i % 26)}`)];
    const many = Object.fromEntries(codes.map((code) => [code, 'Some title']));
    expect(errorsFor({ title: many })).toEqual([
      `tip "org-jira-summary" (#1): field "title": has ${MAX_TEXT_LANGS + 1} languages; at most ${MAX_TEXT_LANGS}`,
    ]);
  });

  it('rejects keys that are not language codes', () => {
    expect(errorsFor({ title: { en: 'Title', German: 'Titel' } })).toEqual([
      'tip "org-jira-summary" (#1): field "title.German": is not a language code (use "en", "de", "fr", "fr-CA"…)',
    ]);
  });

  it('says what a text may be when it is neither, and that it is required when missing', () => {
    const hint = 'expected text, or per-language texts such as { "en": "…", "de": "…", "fr": "…" }';
    expect(errorsFor({ why: 42 })).toEqual([`tip "org-jira-summary" (#1): field "why": ${hint}`]);
    expect(errorsFor({ why: ['Long threads hide the decision.'] })).toEqual([`tip "org-jira-summary" (#1): field "why": ${hint}`]);
    expect(errorsFor({ title: undefined })).toEqual(['tip "org-jira-summary" (#1): field "title": is required']);
  });

  it('is the schema a company policy uses for its tips', () => {
    const policy = PolicySchema.safeParse({ tips: [tip()] });
    expect(policy.success).toBe(true);
    const bad = PolicySchema.safeParse({ tips: [tip({ prompt: { de: 'Fassen Sie {{recordName}} zusammen.' } })] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['tips.0.prompt.en']);
  });
});
