/** The playbook: tips, how they are loaded, filled, matched to a page, and rested. */
export {
  DEFAULT_LANG,
  GAPS,
  GapSchema,
  LocalizedTipSchema,
  PLAYBOOK_LANGS,
  TIP_TEXT_FIELDS,
  LEVELS,
  LevelSchema,
  PLACEHOLDERS,
  TipSchema,
  TipWhereSchema,
  isPlaceholder,
  localizedText,
  placeholdersIn,
  textVariants,
  type Gap,
  type Level,
  type LocalizedText,
  type LocalizedTip,
  type Placeholder,
  type PlaybookLang,
  type TemplateValues,
  type Tip,
  type BundledTipInput,
  type TipInput,
  type TipTextField,
  type TipWhere,
} from './schema';
export { languageChain, localize, localizeTip, pickText } from './localize';
export { BUNDLED_TIPS } from './bundled';
export { MAX_PLAYBOOK_TIPS, formatPlaybookError, loadBundledPlaybook, parsePlaybook, type PlaybookError } from './load';
export { MAX_VALUE_LENGTH, cleanValue, fillTemplate, objectLabelFor, templateValuesFor } from './template';
export {
  CapsSchema,
  DEFAULT_CAPS,
  GRADUATE_AFTER_USES,
  MAX_STATE_IDS,
  SNOOZE_HOURS,
  STATE_RETENTION_DAYS,
  TipStateSchema,
  applyTipEvent,
  emptyTipState,
  parseTipState,
  type Caps,
  type TipEvent,
  type TipState,
} from './state';
export { matchTips, matchesWhere, type MatchOptions } from './match';
