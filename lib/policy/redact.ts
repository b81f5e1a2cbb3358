import { compilePattern, regexSafetyProblem, type RedactRules } from './schema';

/**
 * Replaces sensitive values with placeholders before a prompt leaves the page: record names and
 * other page values filled into prompts, and the final prompt text before copy / open.
 *
 * Linear time: every built-in pattern uses bounded quantifiers and anchors each start position with
 * a look-behind, so the work per position is constant; checksums run only on candidates. Custom
 * patterns are screened by regexSafetyProblem (no nested quantifiers, no back-references).
 */

export interface RedactFinding {
  /** "email", "phone", "card", "iban", or a custom pattern's name. */
  rule: string;
  /** Values replaced. */
  count: number;
  /** Why a custom pattern was not applied (it didn't compile, or could be very slow). */
  skipped?: string;
}

export interface RedactResult {
  text: string;
  /** One entry per rule that replaced something or was skipped, in the order rules ran. */
  findings: RedactFinding[];
}

// Local part up to 64 characters, up to 8 domain labels, a letters-only TLD.
const EMAIL_RE = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])/g;

// Country code, check digits, then 11 to 30 characters: unbroken or in groups of four.
const IBAN_RE =
  /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[A-Za-z0-9]{11,30}|(?: [A-Za-z0-9]{4}){2,7}(?: [A-Za-z0-9]{1,4})?)(?![A-Za-z0-9])/g;
const IBAN_MIN_CHARS = 15;
const IBAN_MAX_CHARS = 34;

// 13 to 19 digits, optionally separated by single spaces or dashes.
const CARD_RE = /(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])/g;

// A run of digits and phone punctuation that doesn't continue a longer number, date or time.
const PHONE_RE = /(?<![\w+#/.-])(?:\+|\(\+?)?\d[\d ().-]{5,22}\d(?![\w]|[-.:/]\d)/g;
const PHONE_MIN_DIGITS = 8;
const PHONE_MAX_DIGITS = 15;
// 2024-01-15, 15.01.2024, 1.2.2024 - 3.2.2024: dates aren't phone numbers.
const DATE_INSIDE_RE = /(?<!\d)(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})(?!\d)/;
const IPV4_RE = /^\d{1,3}(?:\.\d{1,3}){3}$/;
// 12 500 000 or 12.500.000: an amount with thousands separators.
const THOUSANDS_RE = /^\d{1,3}(?:[ .]\d{3})+$/;
const DECIMAL_RE = /^\d+\.\d+$/;

/** Luhn check on a digit string. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** ISO 13616 check: country letters, check digits 02..98, mod 97 of the rearranged number is 1. */
export function ibanValid(candidate: string): boolean {
  const s = candidate.replace(/ /g, '').toUpperCase();
  if (s.length < IBAN_MIN_CHARS || s.length > IBAN_MAX_CHARS || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  const check = Number(s.slice(2, 4));
  if (check < 2 || check > 98) return false;
  let rem = 0;
  const rearranged = s.slice(4) + s.slice(0, 4);
  for (let i = 0; i < rearranged.length; i++) {
    const code = rearranged.charCodeAt(i);
    // Letters count as two digits (A = 10 ... Z = 35).
    rem = code >= 65 ? (rem * 100 + (code - 55)) % 97 : (rem * 10 + (code - 48)) % 97;
  }
  return rem === 1;
}

function isCard(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '');
  // All zeros passes Luhn but is nobody's card (test data, padded ids).
  if (/^(\d)\1*$/.test(digits)) return false;
  return luhnValid(digits);
}

function isPhone(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '').length;
  if (digits < PHONE_MIN_DIGITS || digits > PHONE_MAX_DIGITS) return false;
  if (candidate.startsWith('+') || candidate.startsWith('(+')) return true;
  // Without a + prefix: separators are required, so plain order numbers and ids stay.
  if (/^\d+$/.test(candidate)) return false;
  return !(
    DATE_INSIDE_RE.test(candidate) ||
    IPV4_RE.test(candidate) ||
    THOUSANDS_RE.test(candidate) ||
    DECIMAL_RE.test(candidate)
  );
}

interface Counter {
  count: number;
}

function replaceChecked(text: string, re: RegExp, placeholder: string, check: (m: string) => boolean, c: Counter): string {
  return text.replace(re, (m) => {
    if (!check(m)) return m;
    c.count += 1;
    return placeholder;
  });
}

// The spaced IBAN form can run into a following four-letter word ("... 7034 SENT"): try the
// longest prefix that ends on a group boundary and passes the checksum.
function replaceIbans(text: string, c: Counter): string {
  return text.replace(IBAN_RE, (m) => {
    const groups = m.split(' ');
    for (let k = groups.length; k >= 1; k--) {
      const head = groups.slice(0, k).join(' ');
      if (ibanValid(head)) {
        c.count += 1;
        return `[iban]${m.slice(head.length)}`;
      }
    }
    return m;
  });
}

/**
 * Replace what the rules ask for with placeholders: [email], [iban], [card], [<pattern name>],
 * [phone]. Order: the structured, checksum-verified values first; custom patterns before phone
 * numbers, so an admin's account-number pattern names its match instead of the looser phone rule.
 * Never throws: a custom pattern that fails is skipped and reported in `findings`.
 */
export function redact(text: string, rules: RedactRules): RedactResult {
  const findings: RedactFinding[] = [];
  let out = text;
  const note = (rule: string, c: Counter): void => {
    if (c.count > 0) findings.push({ rule, count: c.count });
  };

  if (rules.emails) {
    const c = { count: 0 };
    out = replaceChecked(out, EMAIL_RE, '[email]', () => true, c);
    note('email', c);
  }
  if (rules.ibans) {
    const c = { count: 0 };
    out = replaceIbans(out, c);
    note('iban', c);
  }
  if (rules.cards) {
    const c = { count: 0 };
    out = replaceChecked(out, CARD_RE, '[card]', isCard, c);
    note('card', c);
  }
  for (const p of rules.patterns) {
    const problem = regexSafetyProblem(p.regex);
    if (problem !== undefined) {
      findings.push({ rule: p.name, count: 0, skipped: problem });
      continue;
    }
    const c = { count: 0 };
    try {
      // A zero-length match replaces nothing: it would scatter placeholders between characters.
      out = replaceChecked(out, compilePattern(p.regex, p.flags), `[${p.name}]`, (m) => m.length > 0, c);
    } catch (e) {
      findings.push({ rule: p.name, count: 0, skipped: `could not run: ${(e as Error).message}` });
      continue;
    }
    note(p.name, c);
  }
  if (rules.phones) {
    const c = { count: 0 };
    out = replaceChecked(out, PHONE_RE, '[phone]', isPhone, c);
    note('phone', c);
  }
  return { text: out, findings };
}
