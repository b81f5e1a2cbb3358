import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolvePolicy } from '../../lib/policy/merge';
import { POLICY_KEYS, PolicySchema } from '../../lib/policy/schema';
import { localizeTip } from '../../lib/playbook/localize';
import { MANAGED_SCHEMA_PATH } from '../../scripts/gen-managed-schema';

const GUIDE = readFileSync(new URL('../../docs/admin-deployment.md', import.meta.url), 'utf8');
const CHROME_ID = 'jacemdllinefijbplihaekiombhogcki';
const FIREFOX_ID = 'lastmile@lastmile.work';

/** The fenced code block right after `<!-- name -->`. */
function blockAfter(name: string): string {
  const marker = GUIDE.indexOf(`<!-- ${name} -->`);
  expect(marker, `marker ${name}`).toBeGreaterThanOrEqual(0);
  const open = GUIDE.indexOf('```', marker);
  const bodyStart = GUIDE.indexOf('\n', open) + 1;
  const close = GUIDE.indexOf('\n```', bodyStart);
  return GUIDE.slice(bodyStart, close);
}

const example: unknown = JSON.parse(blockAfter('example-policy'));

type Schema = { type: string; properties?: Record<string, Schema>; items?: Schema };
const managedSchema = JSON.parse(readFileSync(MANAGED_SCHEMA_PATH, 'utf8')) as Schema;

/** Would Chrome keep this value? Its validator checks types; unknown properties are dropped, not errors. */
function chromeTypeErrors(value: unknown, schema: Schema, path: string): string[] {
  const ok =
    schema.type === 'integer'
      ? Number.isInteger(value)
      : schema.type === 'number'
        ? typeof value === 'number'
        : schema.type === 'array'
          ? Array.isArray(value)
          : schema.type === 'object'
            ? typeof value === 'object' && value !== null && !Array.isArray(value)
            : typeof value === schema.type;
  if (!ok) return [`${path}: expected ${schema.type}`];
  if (schema.type === 'array' && schema.items) {
    const items = schema.items;
    return (value as unknown[]).flatMap((v, i) => chromeTypeErrors(v, items, `${path}[${i}]`));
  }
  if (schema.type === 'object' && schema.properties) {
    const props = schema.properties;
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => {
      const child = props[k];
      return child ? chromeTypeErrors(v, child, `${path}.${k}`) : [];
    });
  }
  return [];
}

/** A .reg file's values, decoded the way Chrome reads policy from the registry. */
function readReg(text: string): { key: string; values: Record<string, unknown> } {
  const key = /^\[(.+)\]$/m.exec(text)?.[1] ?? '';
  const values: Record<string, unknown> = {};
  for (const line of text.split('\n')) {
    const m = /^"([^"]+)"=(?:dword:([0-9a-f]{8})|"((?:[^"\\]|\\.)*)")$/.exec(line);
    if (!m) continue;
    const name = m[1] as string;
    if (m[2] !== undefined) {
      values[name] = parseInt(m[2], 16);
      continue;
    }
    const str = (m[3] ?? '').replace(/\\(.)/g, '$1');
    const type = managedSchema.properties?.[name]?.type;
    // Lists and objects are JSON text in a REG_SZ value.
    values[name] = type === 'array' || type === 'object' ? JSON.parse(str) : str;
  }
  return { key, values };
}

function xmlText(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Minimal XML property-list reader: dict, array, key, string, integer, real, true, false. */
function readPlist(xml: string): unknown {
  // Containers and booleans as bare tags; leaves with their text.
  const tokens = [...xml.matchAll(/<(\/?)(dict|array|true|false)\/?>|<(key|string|integer|real)>([^<]*)<\/\3>/g)].map(
    (m) => ({ close: m[1] === '/', tag: (m[2] ?? m[3]) as string, text: xmlText(m[4] ?? '') }),
  );
  let i = 0;
  const isClose = (tag: string): boolean => tokens[i]?.close === true && tokens[i]?.tag === tag;
  function value(): unknown {
    const t = tokens[i++];
    if (!t || t.close) throw new Error(`unexpected ${t ? `</${t.tag}>` : 'end of plist'}`);
    if (t.tag === 'string') return t.text;
    if (t.tag === 'integer' || t.tag === 'real') return Number(t.text);
    if (t.tag === 'true' || t.tag === 'false') return t.tag === 'true';
    if (t.tag === 'array') {
      const out: unknown[] = [];
      while (!isClose('array')) out.push(value());
      i++;
      return out;
    }
    if (t.tag === 'dict') {
      const out: Record<string, unknown> = {};
      while (!isClose('dict')) {
        const k = tokens[i++];
        if (k?.tag !== 'key') throw new Error('expected <key>');
        out[k.text] = value();
      }
      i++;
      return out;
    }
    throw new Error(`unexpected <${t.tag}>`);
  }
  return value();
}

describe('docs/admin-deployment.md', () => {
  it('the complete example policy validates and uses every key', () => {
    const r = PolicySchema.safeParse(example);
    expect(r.success ? [] : r.error.issues).toEqual([]);
    expect(Object.keys(example as object).sort()).toEqual([...POLICY_KEYS].sort());
  });

  it('the example resolves with nothing rejected', () => {
    const resolved = resolvePolicy({ managed: { raw: example, receivedAt: '2025-03-10T09:00:00Z' } }, undefined, new Date());
    expect(resolved.rejected).toEqual([]);
    expect(resolved.policy.orgName).toBe('Acme Bank');
    expect(resolved.policy.notes.map((n) => n.level)).toEqual(['allowed', 'caution', 'blocked']);
    expect(Object.values(resolved.provenance).filter((p) => p.source === 'managed')).toHaveLength(POLICY_KEYS.length - 1);
  });

  it('the example passes the type checks Chrome applies with managed_schema.json', () => {
    expect(chromeTypeErrors(example, managedSchema, 'policy')).toEqual([]);
  });

  it('the per-language tip example validates, resolves per language, and is what Chrome policy would drop', () => {
    const languages: unknown = JSON.parse(blockAfter('example-tip-languages'));
    const r = PolicySchema.safeParse(languages);
    expect(r.success ? [] : r.error.issues).toEqual([]);
    const resolved = resolvePolicy({ managed: { raw: languages, receivedAt: '2025-03-10T09:00:00Z' } }, undefined, new Date());
    expect(resolved.rejected).toEqual([]);
    const [tip] = resolved.policy.tips;
    if (!tip) throw new Error('no tip');
    expect(localizeTip(tip, 'de-AT').title).toBe('Das Risiko in diesem Vorgang zusammenfassen');
    expect(localizeTip(tip, 'fr-CA').prompt).toContain('[Collez ici la description du ticket]');
    expect(localizeTip(tip, 'es').title).toBe('Summarise the risk in this issue');
    // The guide tells admins not to use it in Chrome/Edge policy: the declared types say why.
    expect(chromeTypeErrors(languages, managedSchema, 'policy')).toEqual([
      'policy.tips[0].title: expected string',
      'policy.tips[0].why: expected string',
      'policy.tips[0].prompt: expected string',
    ]);
  });

  it('the .reg example decodes to the same policy under the 3rdparty key', () => {
    const { key, values } = readReg(blockAfter('example-reg'));
    expect(key).toBe(`HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${CHROME_ID}\\policy`);
    expect(values).toEqual(example);
  });

  it('the macOS property list is the same policy', () => {
    expect(readPlist(blockAfter('example-plist'))).toEqual(example);
  });

  it('the Linux file force-installs and carries the same policy', () => {
    const linux = JSON.parse(blockAfter('example-linux')) as {
      ExtensionSettings: Record<string, { installation_mode: string }>;
      '3rdparty': { extensions: Record<string, unknown> };
    };
    expect(linux.ExtensionSettings[CHROME_ID]?.installation_mode).toBe('force_installed');
    expect(linux['3rdparty'].extensions[CHROME_ID]).toEqual(example);
  });

  it('the Firefox policies.json force-installs and carries the same policy', () => {
    const ff = JSON.parse(blockAfter('example-firefox')) as {
      policies: { ExtensionSettings: Record<string, { installation_mode: string }>; '3rdparty': { Extensions: Record<string, unknown> } };
    };
    expect(ff.policies.ExtensionSettings[FIREFOX_ID]?.installation_mode).toBe('force_installed');
    expect(ff.policies['3rdparty'].Extensions[FIREFOX_ID]).toEqual(example);
  });

  it('names the store update URLs and the policy locations admins need', () => {
    for (const needle of [
      'https://clients2.google.com/service/update2/crx',
      'https://edge.microsoft.com/extensionwebstorebase/v1/crx',
      'HKLM\\Software\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\<id>\\policy',
      `com.google.Chrome.extensions.${CHROME_ID}`,
      'com.microsoft.Edge.extensions.<id>',
      '/etc/opt/chrome/policies/managed/lastmile.json',
      '/etc/chromium/policies/managed/',
      'ExtensionInstallForcelist',
    ]) {
      expect(GUIDE).toContain(needle);
    }
  });
});
