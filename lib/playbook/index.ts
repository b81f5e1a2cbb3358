/** The playbook: tips, how they are loaded, filled, matched to a page, and rested. */
export {
  GAPS,
  GapSchema,
  LEVELS,
  LevelSchema,
  PLACEHOLDERS,
  TipSchema,
  TipWhereSchema,
  isPlaceholder,
  placeholdersIn,
  type Gap,
  type Level,
  type Placeholder,
  type TemplateValues,
  type Tip,
  type TipInput,
  type TipWhere,
} from './schema';
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
