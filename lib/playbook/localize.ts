/**
 * Picking a tip's text for the employee's language. Pure: the background passes in the browser's
 * UI language (browser.i18n.getUILanguage()), the card receives plain strings.
 */
import { DEFAULT_LANG, LANG_TAG_RE, type LocalizedText, type LocalizedTip, type Tip } from './schema';

/** "de_AT" or " DE-at " -> "de-at". */
function tagOf(lang: string): string {
  return lang.trim().toLowerCase().replace(/_/g, '-');
}

/** The UI language as a tag; anything unreadable -> the default language. */
function normalize(lang: string): string {
  const tag = tagOf(lang);
  return LANG_TAG_RE.test(tag) ? tag : DEFAULT_LANG;
}

/**
 * The language tags to try for a UI language, most specific first, ending with the default:
 * "de-AT" -> ["de-at", "de", "en"]; "zh-Hant-TW" -> ["zh-hant-tw", "zh-hant", "zh", "en"].
 */
export function languageChain(uiLanguage: string): string[] {
  const parts = normalize(uiLanguage).split('-');
  const chain: string[] = [];
  for (let n = parts.length; n > 0; n--) chain.push(parts.slice(0, n).join('-'));
  if (!chain.includes(DEFAULT_LANG)) chain.push(DEFAULT_LANG);
  return chain;
}

/** The text in the best language and which language that was (tags compared case-insensitively). */
export function pickText(text: LocalizedText, uiLanguage: string): { text: string; lang: string } {
  if (typeof text === 'string') return { text, lang: normalize(uiLanguage) };
  // Own keys only: a map comes from policy JSON and must not reach Object.prototype.
  const byTag = new Map(Object.entries(text).map(([k, v]) => [tagOf(k), v] as const));
  for (const tag of languageChain(uiLanguage)) {
    const found = byTag.get(tag);
    if (found !== undefined) return { text: found, lang: tag };
  }
  // Validated maps always have `en`; an unvalidated one still shows something rather than nothing.
  const [first] = byTag;
  return first ? { text: first[1], lang: first[0] } : { text: '', lang: DEFAULT_LANG };
}

/** The text in the best language for `uiLanguage`. */
export function localize(text: LocalizedText, uiLanguage: string): string {
  return pickText(text, uiLanguage).text;
}

/**
 * The tip with every shown text in one language. The prompt decides `lang` (it is what gets
 * filled and sent); id, where, level and the rest are unchanged, so matching and fatigue don't
 * depend on the language.
 */
export function localizeTip(tip: Tip, uiLanguage: string): LocalizedTip {
  const prompt = pickText(tip.prompt, uiLanguage);
  return {
    ...tip,
    title: localize(tip.title, uiLanguage),
    why: localize(tip.why, uiLanguage),
    prompt: prompt.text,
    lang: prompt.lang,
  };
}
