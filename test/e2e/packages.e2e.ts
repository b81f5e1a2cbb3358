/**
 * Store packages: `npm run zip` builds the Chrome/Edge zip, the Firefox zip and the Firefox sources
 * zip (AMO reviewers rebuild from it); the Firefox build passes `web-ext lint` with no errors and no
 * manifest warnings; the icons the stores read are in the packages at their declared sizes.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/**
 * The packages are built into a directory of their own: `npm run zip` rebuilds the extension, and
 * rebuilding the one the other e2e files load, mid-run, broke the German card test that ran after it.
 */
const OUT_DIR_NAME = `${process.env.LASTMILE_OUT_DIR ?? '.output'}-packages`;
const OUT = join(ROOT, OUT_DIR_NAME);
const BUILD_TIMEOUT_MS = 180_000;

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

/**
 * Bundle warnings AMO reviewers accept from the libraries we ship: React DOM sets innerHTML (only
 * for dangerouslySetInnerHTML, which we never use) and zod probes `new Function` to decide whether
 * it may compile validators (the extension CSP forbids it, so zod falls back). Only in .js bundles.
 */
const ACCEPTED_BUNDLE_WARNINGS: ReadonlySet<string> = new Set(['UNSAFE_VAR_ASSIGNMENT', 'DANGEROUS_EVAL']);

async function manifest(dir: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(join(OUT, dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(path: string): Promise<[number, number]> {
  const b = await readFile(path);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

let version = '';

beforeAll(async () => {
  version = (JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  await run('npm', ['run', 'zip'], { cwd: ROOT, maxBuffer: 32 * 1024 * 1024, env: { ...process.env, LASTMILE_OUT_DIR: OUT_DIR_NAME } });
}, BUILD_TIMEOUT_MS);

describe('store packages', () => {
  it('npm run zip writes the Chrome/Edge, Firefox and Firefox sources zips', () => {
    for (const name of ['chrome', 'firefox', 'sources']) {
      expect(existsSync(join(OUT, `lastmile-${version}-${name}.zip`)), name).toBe(true);
    }
  });

  it(
    'the Firefox build passes web-ext lint: no errors, no manifest warnings, only known library warnings in bundles',
    async () => {
      // web-ext exits non-zero on errors; the JSON report is read either way.
      const out = await run('npx', ['web-ext', 'lint', '--source-dir', join(OUT, 'firefox-mv2'), '--output', 'json', '--no-input'], {
        cwd: ROOT,
        maxBuffer: 32 * 1024 * 1024,
      }).catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }));
      const report = JSON.parse(out.stdout) as LintReport;
      expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
      expect(report.summary.errors).toBe(0);
      const unexpected = report.warnings.filter((w) => !(ACCEPTED_BUNDLE_WARNINGS.has(w.code) && w.file?.endsWith('.js')));
      expect(unexpected.map((w) => `${w.code} ${w.file ?? ''}: ${w.message}`)).toEqual([]);
    },
    BUILD_TIMEOUT_MS,
  );

  it('the Firefox manifest has the add-on id and the data-collection disclosure; the Chrome one has neither', async () => {
    const ff = await manifest('firefox-mv2');
    expect(ff.browser_specific_settings).toMatchObject({
      gecko: {
        id: 'lastmile@lastmile.work',
        data_collection_permissions: { required: ['none'], optional: ['technicalAndInteraction'] },
      },
    });
    const chrome = await manifest('chrome-mv3');
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(chrome.manifest_version).toBe(3);
  });

  it('fits the stores\' text limits in every language: description at most 132 characters, name at most 75', async () => {
    for (const dir of ['chrome-mv3', 'firefox-mv2']) {
      const m = await manifest(dir);
      expect(m.default_locale, dir).toBe('en');
      const langs = (await readdir(join(OUT, dir, '_locales'))).sort();
      expect(langs, dir).toEqual(['de', 'en', 'fr']);
      for (const lang of langs) {
        const messages = JSON.parse(await readFile(join(OUT, dir, '_locales', lang, 'messages.json'), 'utf8')) as Record<
          string,
          { message: string }
        >;
        // The manifest names its texts "__MSG_key__"; the browser reads them from _locales/<lang>/messages.json.
        const text = (value: unknown): string => {
          const key = /^__MSG_(\w+)__$/.exec(String(value))?.[1];
          expect(key, `${dir} ${String(value)}`).toBeDefined();
          const message = messages[key ?? '']?.message ?? '';
          expect(message.trim(), `${dir} ${lang} ${key ?? ''}`).not.toBe('');
          return message;
        };
        expect(text(m.description).length, `${dir} ${lang}`).toBeLessThanOrEqual(132);
        expect(text(m.name).length, `${dir} ${lang}`).toBeLessThanOrEqual(75);
        expect(text(m.short_name).length, `${dir} ${lang}`).toBeLessThanOrEqual(12);
        const action = (m.action ?? m.browser_action) as { default_title?: string } | undefined;
        expect(text(action?.default_title), `${dir} ${lang}`).toBe('Lastmile');
      }
    }
  });

  it('ships every icon size the stores and toolbars read (16, 32, 48, 96, 128), each PNG at its declared size', async () => {
    for (const dir of ['chrome-mv3', 'firefox-mv2']) {
      const icons = (await manifest(dir)).icons as Record<string, string>;
      expect(Object.keys(icons).map(Number).sort((a, b) => a - b)).toEqual([16, 32, 48, 96, 128]);
      for (const [size, file] of Object.entries(icons)) {
        expect(await pngSize(join(OUT, dir, file)), `${dir} ${file}`).toEqual([Number(size), Number(size)]);
      }
    }
  });
});
