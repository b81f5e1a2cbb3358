/**
 * The design's invariants, checked on the source so they can't erode quietly:
 * lib/ is pure (no browser globals, React, entrypoints, components or server), and the
 * always-injected detector never pulls in React, classic zod or the playbook.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Strips comments and string literals so prose mentioning `window` doesn't count. */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:\\.|[^`\\])*`/g, "''");
}

function importsOf(path: string): string[] {
  return [...readFileSync(path, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map(
    (m) => m[1] ?? '',
  );
}

describe('lib/ is pure', () => {
  const files = sourceFiles(join(root, 'lib'));

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [relative(root, f), f]))('%s uses no browser globals', (_name, file) => {
    const offenders = code(file).match(/\b(window|document|chrome|browser|localStorage|navigator)\s*[.[]/g);
    expect(offenders ?? []).toEqual([]);
  });

  it.each(files.map((f) => [relative(root, f), f]))('%s imports nothing of the UI, entrypoints or server', (_name, file) => {
    const bad = importsOf(file).filter((s) =>
      /^(react|react-dom|wxt)(\/|$)|(^|\/)(entrypoints|components|server)\//.test(s),
    );
    expect(bad).toEqual([]);
  });
});

describe('the always-injected scripts stay light', () => {
  /** Every file the detector reaches through relative or @/ imports. */
  function closure(entry: string, seen = new Set<string>()): Set<string> {
    if (seen.has(entry)) return seen;
    seen.add(entry);
    for (const spec of importsOf(entry)) {
      let base: string | null = null;
      if (spec.startsWith('@/')) base = join(root, spec.slice(2));
      else if (spec.startsWith('.')) base = join(entry, '..', spec);
      if (!base) continue;
      const candidates = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
      const hit = candidates.find((c) => {
        try {
          return statSync(c).isFile();
        } catch {
          return false;
        }
      });
      if (hit) closure(hit, seen);
    }
    return seen;
  }

  it.each(['entrypoints/detector.content/index.ts', 'entrypoints/ai-watch.content/index.ts'])(
    '%s imports no React, no classic zod, no playbook, no Dexie and no site detectors',
    (entry) => {
    const files = closure(join(root, entry));
    expect(files.size).toBeGreaterThan(3);
    const heavy = [...files].flatMap((f) =>
      importsOf(f)
        .filter(
          (s) =>
            /^(react|react-dom|zod|dexie)$/.test(s) ||
            s.includes('playbook') ||
            // Detection runs in the background; only the types and the host table may come along.
            (s.includes('sites') && !/sites\/(types|hosts)$/.test(s)),
        )
        .map((s) => `${relative(root, f)} -> ${s}`),
    );
    expect(heavy).toEqual([]);
    // Classic zod also arrives through our own modules: none of them may be reached.
    const zodModules = [...files].filter((f) => /from\s+['"]zod['"]/.test(readFileSync(f, 'utf8')));
    expect(zodModules.map((f) => relative(root, f))).toEqual([]);
  },
  );
});
