/** The bundled playbook ships in English, German and French: every shown text, every tip. */
import { describe, expect, it } from 'vitest';
import { BUNDLED_TIPS } from '../../lib/playbook/bundled';
import { loadBundledPlaybook } from '../../lib/playbook/load';
import { localizeTip } from '../../lib/playbook/localize';
import { PLAYBOOK_LANGS, TIP_TEXT_FIELDS, placeholdersIn, textVariants } from '../../lib/playbook/schema';

const cases = BUNDLED_TIPS.flatMap((t) => TIP_TEXT_FIELDS.map((field) => [t.id, field, t[field]] as const));

// Letters, including accented ones, so "têtu" is not read as the word "tu".
const word = (w: string): RegExp => new RegExp(`(?<!\\p{L})(?:${w})(?!\\p{L})`, 'iu');

describe('bundled playbook languages', () => {
  it.each(cases)('%s %s: en, de and fr, each filled in and its own text', (_id, _field, text) => {
    const map: Readonly<Record<string, string>> = text;
    expect(Object.keys(map).sort()).toEqual([...PLAYBOOK_LANGS].sort());
    for (const lang of PLAYBOOK_LANGS) expect(map[lang]?.trim()).not.toBe('');
    // A translation left as the English text is a missed translation.
    expect(text.de).not.toBe(text.en);
    expect(text.fr).not.toBe(text.en);
  });

  it.each(cases)('%s %s: the same placeholders in every language', (_id, _field, text) => {
    const expected = placeholdersIn(text.en).sort();
    for (const lang of PLAYBOOK_LANGS) expect(placeholdersIn(text[lang]).sort(), lang).toEqual(expected);
  });

  it('German speaks to the reader as "Sie", never "du"', () => {
    const informal = word('du|dein\\p{L}*|dich|dir|euch|euer|eure\\p{L}*');
    const hits = cases.filter(([, , text]) => informal.test(text.de)).map(([id, field]) => `${id} ${field}`);
    expect(hits).toEqual([]);
  });

  it('French speaks to the reader as "vous", never "tu"', () => {
    // Not "ton": it is also the noun "tone" ("ton neutre").
    const informal = word('tu|toi|te|tes|ta|tiens');
    const hits = cases.filter(([, , text]) => informal.test(text.fr)).map(([id, field]) => `${id} ${field}`);
    expect(hits).toEqual([]);
  });

  it('French puts a no-break space before : ; ? ! » and after «', () => {
    const loose = / [:;?!»]|« /;
    const hits = cases.filter(([, , text]) => loose.test(text.fr)).map(([id, field]) => `${id} ${field}`);
    expect(hits).toEqual([]);
  });

  it('the loaded playbook keeps every language, and each resolves to its own text', () => {
    const tips = loadBundledPlaybook();
    for (const t of tips) {
      for (const field of TIP_TEXT_FIELDS) expect(textVariants(t[field])).toHaveLength(PLAYBOOK_LANGS.length);
      const byLang = new Map(PLAYBOOK_LANGS.map((lang) => [lang, localizeTip(t, lang)] as const));
      expect(new Set([...byLang.values()].map((l) => l.title)).size, t.id).toBe(PLAYBOOK_LANGS.length);
      for (const [lang, l] of byLang) expect(l.lang).toBe(lang);
    }
  });
});
