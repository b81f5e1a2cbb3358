/**
 * Why a policy part was not used, as codes: language-free, so the pages word it in the employee's
 * language (components/habits/rejection-text.ts). No imports: extension pages parse these replies
 * without pulling in the policy checker.
 */

export const REJECTION_CODES = [
  'not_a_key', // a top-level key this build doesn't know (path: the key)
  'unknown_field', // a field the key's format doesn't have
  'required', // a required field is missing
  'invalid', // a value breaks a rule (detail: which rule, as the checker words it)
  'not_a_list', // the key must be a list
  'not_an_object', // the source, the key or the entry must be an object
  'too_many', // more entries than allowed (count: the limit); the rest were not used
  'duplicate', // an id used twice (id); the earlier entry is used
  'all_rejected', // every entry of a non-empty list was rejected
  'user_not_allowed', // only the company policy may set this key
  'backend_not_allowed', // the backend may not set this key (sync)
  'kept_last_valid', // unusable now: the last valid value (receivedAt) stays in force
  'no_last_valid', // unusable now and no earlier valid value: ignored
  'tool_not_approved', // preferredTool (id) is not among the approved tools; ignored
  'more', // a summary: `count` more problems not listed
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

/** The policy's top-level keys (POLICY_KEYS, checked equal in merge.ts), and `source` for the source as a whole. */
/** The keys an employee sees in the "Policy in force" view, in its order. */
export const SHOWN_POLICY_KEYS = [
  'orgName',
  'approvedTools',
  'preferredTool',
  'notes',
  'redact',
  'tips',
  'disabledTips',
  'disabledApps',
  'caps',
  'sync',
] as const;

export const REJECTION_PARTS = ['schemaVersion', ...SHOWN_POLICY_KEYS, 'source'] as const;
export type RejectionPart = (typeof REJECTION_PARTS)[number];
