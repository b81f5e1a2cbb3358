/**
 * Languages: every key exists in every language with the same placeholders, the manifest texts fit the
 * stores' limits, and no user-facing string is written straight into the UI code (it goes through
 * `i18n.t`, so German and French users never meet an English leftover).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { chromeMessages, LOCALES, makeGetMessage } from '../support/i18n';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const placeholders = (message: string): string[] =>
  [...new Set([...message.matchAll(/\$[1-9]|\{[A-Za-z0-9_]+\}/g)].map((m) => m[0]))].sort();
const pluralForms = (message: string): number => message.split(' | ').length;

describe('locale files', () => {
  const en = chromeMessages('en');

  for (const lang of LOCALES.filter((l) => l !== 'en')) {
    it(`${lang} has exactly the English keys, with the same placeholders and plural forms`, () => {
      const other = chromeMessages(lang);
      expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
      for (const [key, { message }] of Object.entries(en)) {
        const theirs = other[key]?.message ?? '';
        expect(theirs.trim(), `${lang}:${key} is empty`).not.toBe('');
        expect(placeholders(theirs), `${lang}:${key} placeholders`).toEqual(placeholders(message));
        expect(pluralForms(theirs), `${lang}:${key} plural forms`).toBe(pluralForms(message));
      }
    });
  }

  it('keeps the manifest texts within the stores\' limits in every language', () => {
    for (const lang of LOCALES) {
      const t = makeGetMessage(lang);
      expect(t('extName').length, lang).toBeGreaterThan(0);
      expect(t('extName').length, lang).toBeLessThanOrEqual(75);
      expect(t('extShortName').length, lang).toBeLessThanOrEqual(12);
      expect(t('extDescription').length, lang).toBeLessThanOrEqual(132);
    }
  });

  it('substitutes like Chrome: $1 and a literal $$', () => {
    const t = makeGetMessage('en');
    expect(t('extShortName')).toBe('Lastmile');
    expect(t('no.such.key')).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------------
// No hard-coded UI strings.

/** Directories whose code puts text in front of the employee. */
const UI_DIRS = ['components', 'entrypoints'];

/**
 * Files still being moved to i18n. Each entry is a debt: remove it when its strings go through `i18n.t`.
 * The test also fails when a listed file is already clean, so the list only shrinks.
 */
const NOT_YET_TRANSLATED = new Set<string>([
]);

/** Attributes whose value a person reads or hears. */
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'aria-roledescription',
  'title',
  'placeholder',
  'alt',
  'label',
]);
/** DOM properties that show text (for the vanilla-DOM parts: pill, badge, note). */
const TEXT_PROPERTIES = new Set(['textContent', 'innerText', 'title', 'ariaLabel', 'placeholder', 'alt']);

/** Prose: starts with a letter and has two words, or is one capitalised word of 3+ letters. */
const looksLikeProse = (s: string): boolean => {
  const t = s.trim();
  return /^[\p{L}][\p{L}'’-]*[\s,.:!?]+\S/u.test(t) || /^\p{Lu}\p{Ll}{2,}[.!?…]?$/u.test(t);
};
const hasLetters = (s: string): boolean => /\p{L}{2,}/u.test(s);

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listFiles(path);
    return /\.(tsx?)$/.test(name) && !/\.(test|spec)\.tsx?$/.test(name) ? [path] : [];
  });
}

/** A line-level escape hatch for names that are the same in every language (brands, products). */
const IGNORE_MARK = 'i18n-ignore';

function findHardCoded(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const lines = text.split('\n');
  const ignored = (node: ts.Node): boolean => {
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line;
    return [lines[line], lines[line - 1]].some((l) => l?.includes(IGNORE_MARK));
  };
  const report = (node: ts.Node, value: string) => {
    if (ignored(node)) return;
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    found.push(`${relative(ROOT, file)}:${line} ${JSON.stringify(value.trim().slice(0, 60))}`);
  };
  const literalText = (node: ts.Node): string | undefined =>
    ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
      ? node.text
      : ts.isTemplateExpression(node)
        ? node.head.text + node.templateSpans.map((s) => s.literal.text).join(' ')
        : undefined;
  /** Strings that are never shown: module names, console and thrown developer errors, CSS, keys. */
  const insideNonUiCall = (node: ts.Node): boolean => {
    for (let p: ts.Node | undefined = node.parent; p; p = p.parent) {
      if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p)) return true;
      // Inside a JSX attribute only the text attributes count (checked above); className, data-*, style… never.
      if (ts.isJsxAttribute(p)) return true;
      if (ts.isCallExpression(p) || ts.isNewExpression(p)) {
        const callee = p.expression.getText(source);
        if (/^console\.|^(new )?(Error|TypeError|RangeError)$|^Error$|querySelector|getElementById|addEventListener|removeEventListener|classList|matchMedia|i18n\.t$|^t$/.test(callee)) return true;
      }
      if (ts.isBlock(p) || ts.isSourceFile(p)) return false;
    }
    return false;
  };

  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (hasLetters(node.text)) report(node, node.text);
    } else if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(source);
      if (TEXT_ATTRIBUTES.has(name)) {
        const init = node.initializer;
        const expr = ts.isJsxExpression(init) ? init.expression : init;
        const value = expr ? literalText(expr) : undefined;
        if (value !== undefined && hasLetters(value)) report(node, value);
      }
    } else if (ts.isJsxExpression(node) && node.expression && ts.isJsxElement(node.parent)) {
      const value = literalText(node.expression);
      if (value !== undefined && hasLetters(value)) report(node, value);
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const target = node.left;
      const value = literalText(node.right);
      if (ts.isPropertyAccessExpression(target) && TEXT_PROPERTIES.has(target.name.text) && value !== undefined && hasLetters(value))
        report(node, value);
    } else if (ts.isCallExpression(node) && node.expression.getText(source).endsWith('setAttribute')) {
      const [attr, val] = node.arguments;
      const value = val ? literalText(val) : undefined;
      if (attr && ts.isStringLiteral(attr) && TEXT_ATTRIBUTES.has(attr.text) && value !== undefined && hasLetters(value))
        report(node, value);
    } else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) && !insideNonUiCall(node)) {
      // Sentences kept in variables or objects and shown later.
      const value = literalText(node) ?? '';
      const parent = node.parent;
      const isKeyOrType = ts.isPropertyAssignment(parent) && parent.name === node || ts.isLiteralTypeNode(parent) || ts.isElementAccessExpression(parent);
      const isComparison = ts.isBinaryExpression(parent) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(parent.operatorToken.kind);
      const isCaseLabel = ts.isCaseClause(parent);
      if (!isKeyOrType && !isComparison && !isCaseLabel && looksLikeProse(value) && !/^[a-z-]+:|[{};]|^\w+\/|^https?:/.test(value))
        report(node, value);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...new Set(found)]; // an assignment and its literal are one finding
}

describe('UI text goes through i18n', () => {
  const files = UI_DIRS.flatMap((d) => listFiles(join(ROOT, d)));

  it('finds the UI code', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it('has no hard-coded user-facing strings in components/ and entrypoints/', () => {
    const offenders = files
      .filter((f) => !NOT_YET_TRANSLATED.has(relative(ROOT, f)))
      .flatMap(findHardCoded);
    expect(offenders).toEqual([]);
  });

  it('lists no already-translated file as pending', () => {
    const clean = [...NOT_YET_TRANSLATED].filter((f) => findHardCoded(join(ROOT, f)).length === 0);
    expect(clean).toEqual([]);
  });

  it('catches the kinds of hard-coding it promises to', () => {
    const sample = join(ROOT, 'test/unit/fixtures/i18n-offender.tsx');
    expect(findHardCoded(sample).map((f) => f.replace(/^.*?:/, ''))).toEqual([
      '4 "Welcome back to your habits"',
      '6 "Ask AI"',
      '7 "Open the tip"',
      '11 "Your streak"',
      '12 "Close this card"',
    ]);
  });
});
