/**
 * Generates public/managed_schema.json (the schema Chrome and Edge validate enterprise policy for
 * the extension against) from the one policy schema, lib/policy/schema.ts.
 * Run: npx tsx scripts/gen-managed-schema.ts (the file is committed; a unit test fails when stale).
 *
 * Chrome's dialect (components/policy/core/common/schema.cc) is a small JSON Schema subset:
 * - every node has exactly one `type`: object, array, string, integer, number or boolean (no
 *   unions, no anyOf/oneOf/const, no `$schema`);
 * - attributes per type: all take description, title, id, sensitiveValue; object: properties,
 *   additionalProperties (a schema, never `false`), patternProperties, required; array: items
 *   (required); string: enum, pattern (RE2 syntax); integer: enum, minimum, maximum; number and
 *   boolean nothing more. No minLength/maxLength/minItems/format;
 * - the top level is an object without additionalProperties: its properties are the policy names.
 *
 * What we emit, and why:
 * - types, structure and descriptions only. Chrome does support enum, pattern and integer ranges,
 *   but when a value breaks them Chrome drops that whole policy key before the extension sees it
 *   (SchemaMap::FilterBundle), so one misspelled note level would silently remove every note. The
 *   extension validates each part itself and reports what it rejected and why on its options page.
 *   Allowed values are written into the descriptions instead.
 * - unions become their most general branch: `page: "record" | ["record", "list"]` is declared
 *   as a list (the extension accepts both; admins deploying through Chrome policy write lists).
 * - sensitiveValue: true on the enrollment token, so chrome://policy masks it.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { PolicySchema } from '../lib/policy/schema';

export type ChromeType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';

export interface ChromeSchema {
  type: ChromeType;
  description?: string;
  sensitiveValue?: boolean;
  properties?: Record<string, ChromeSchema>;
  items?: ChromeSchema;
}

export const MANAGED_SCHEMA_PATH = fileURLToPath(new URL('../public/managed_schema.json', import.meta.url));

type JsonNode = { [key: string]: unknown };

function isNode(v: unknown): v is JsonNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const CHROME_TYPES: readonly string[] = ['object', 'array', 'string', 'integer', 'number', 'boolean'];

function branchesOf(node: JsonNode): JsonNode[] | undefined {
  const list = node.anyOf ?? node.oneOf;
  return Array.isArray(list) ? list.filter(isNode) : undefined;
}

function toChrome(node: JsonNode, where: string): ChromeSchema {
  const branches = branchesOf(node);
  if (branches !== undefined) {
    const chosen = branches.find((b) => b.type === 'array') ?? branches.find((b) => typeof b.type === 'string');
    if (chosen === undefined) throw new Error(`${where}: a union with no representable branch`);
    const merged: JsonNode = { ...chosen };
    if (typeof node.description === 'string') merged.description = node.description;
    return toChrome(merged, where);
  }
  let type = node.type;
  // z.literal(1) comes out as { type: "number", const: 1 }.
  if (type === 'number' && Number.isInteger(node.const)) type = 'integer';
  if (typeof type !== 'string' || !CHROME_TYPES.includes(type)) {
    throw new Error(`${where}: type ${JSON.stringify(type)} has no Chrome policy equivalent`);
  }
  const out: ChromeSchema = { type: type as ChromeType };
  const parts: string[] = [];
  if (typeof node.description === 'string') parts.push(node.description);
  if (Array.isArray(node.enum)) parts.push(`One of: ${node.enum.map(String).join(', ')}.`);
  if (parts.length > 0) out.description = parts.join(' ');
  if (node.sensitiveValue === true) out.sensitiveValue = true;
  if (type === 'object') {
    const props = isNode(node.properties) ? node.properties : {};
    out.properties = {};
    for (const [key, child] of Object.entries(props)) {
      if (isNode(child)) out.properties[key] = toChrome(child, `${where}.${key}`);
    }
  } else if (type === 'array') {
    if (!isNode(node.items)) throw new Error(`${where}: a list without an item schema`);
    out.items = toChrome(node.items, `${where}[]`);
  }
  return out;
}

/** The Chrome managed-storage schema, built from PolicySchema. */
export function buildManagedSchema(): ChromeSchema {
  const json = z.toJSONSchema(PolicySchema, { io: 'input', unrepresentable: 'throw' }) as JsonNode;
  const root = toChrome(json, 'policy');
  return {
    type: 'object',
    description: 'Lastmile company policy. See docs/admin-deployment.md.',
    properties: root.properties ?? {},
  };
}

/** The exact text of public/managed_schema.json. */
export function managedSchemaText(): string {
  return `${JSON.stringify(buildManagedSchema(), null, 2)}\n`;
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && import.meta.url === pathToFileURL(invokedPath).href) {
  writeFileSync(MANAGED_SCHEMA_PATH, managedSchemaText());
  console.log(`Wrote ${MANAGED_SCHEMA_PATH}`);
}
