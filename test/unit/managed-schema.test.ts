import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MANAGED_SCHEMA_PATH, managedSchemaText } from '../../scripts/gen-managed-schema';
import { POLICY_KEYS } from '../../lib/policy/schema';

/**
 * Chrome's policy-schema dialect, per type (components/policy/core/common/schema.cc,
 * kAttributesAndTypesFor*). Written out here on purpose, independent of the generator.
 */
const COMMON = ['type', 'description', 'title', 'id', 'sensitiveValue'];
const CHROME_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  object: [...COMMON, 'properties', 'additionalProperties', 'patternProperties', 'required'],
  array: [...COMMON, 'items'],
  string: [...COMMON, 'enum', 'pattern'],
  integer: [...COMMON, 'enum', 'minimum', 'maximum'],
  number: COMMON,
  boolean: COMMON,
};

type Node = Record<string, unknown>;

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every problem Chrome would refuse the schema for (or that we promise not to emit). */
function chromeProblems(node: unknown, path: string): string[] {
  if (!isNode(node)) return [`${path}: not an object`];
  const type = node.type;
  if (typeof type !== 'string' || !(type in CHROME_ATTRIBUTES)) return [`${path}: type ${JSON.stringify(type)}`];
  const problems: string[] = [];
  const allowed = CHROME_ATTRIBUTES[type] ?? [];
  for (const key of Object.keys(node)) {
    if (!allowed.includes(key)) problems.push(`${path}: "${key}" is not allowed for type ${type}`);
  }
  // We rely on Chrome keeping values that break value constraints out of the way (see the generator).
  for (const key of ['enum', 'pattern', 'minimum', 'maximum', 'required', 'additionalProperties']) {
    if (key in node) problems.push(`${path}: emits "${key}"`);
  }
  if (typeof node.description !== 'undefined' && typeof node.description !== 'string') problems.push(`${path}: description`);
  if (type === 'array') {
    if (!isNode(node.items)) problems.push(`${path}: array without items`);
    else problems.push(...chromeProblems(node.items, `${path}[]`));
  }
  if (type === 'object' && node.properties !== undefined) {
    if (!isNode(node.properties)) problems.push(`${path}: properties must be an object`);
    else for (const [k, v] of Object.entries(node.properties)) problems.push(...chromeProblems(v, `${path}.${k}`));
  }
  return problems;
}

describe('public/managed_schema.json', () => {
  const committed = readFileSync(MANAGED_SCHEMA_PATH, 'utf8');
  const schema: unknown = JSON.parse(committed);

  it('is up to date with lib/policy/schema.ts (run: npx tsx scripts/gen-managed-schema.ts)', () => {
    expect(committed).toBe(managedSchemaText());
  });

  it('follows Chrome rules: a top-level object without additionalProperties, only supported keywords', () => {
    expect(isNode(schema)).toBe(true);
    const root = schema as Node;
    expect(root.type).toBe('object');
    expect(root).not.toHaveProperty('additionalProperties');
    expect(root).not.toHaveProperty('patternProperties');
    expect(root).not.toHaveProperty('$schema');
    expect(committed).not.toContain('$schema');
    expect(chromeProblems(schema, 'policy')).toEqual([]);
  });

  it('declares every policy key, and masks the enrollment token in chrome://policy', () => {
    const root = schema as { properties: Record<string, Node> };
    expect(Object.keys(root.properties).sort()).toEqual([...POLICY_KEYS].sort());
    const sync = root.properties.sync as { properties: Record<string, Node> };
    expect(sync.properties.enrollmentToken).toMatchObject({ type: 'string', sensitiveValue: true });
  });

  it('declares a union (tip and note page/object) as its list form', () => {
    const root = schema as { properties: Record<string, { items: { properties: Record<string, Node> } }> };
    expect(root.properties.notes?.items.properties.page).toEqual({
      type: 'array',
      description: expect.any(String),
      items: { type: 'string' },
    });
  });

  it('the check itself catches what Chrome rejects', () => {
    expect(chromeProblems({ type: 'object', properties: { a: { type: 'string', minLength: 1 } } }, 'p')).toEqual([
      'p.a: "minLength" is not allowed for type string',
    ]);
    expect(chromeProblems({ type: 'array' }, 'p')).toEqual(['p: array without items']);
    expect(chromeProblems({ anyOf: [] }, 'p')).toEqual(['p: type undefined']);
  });
});
