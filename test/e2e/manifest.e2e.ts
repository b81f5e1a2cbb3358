/** The built manifest asks for no more than it needs, and pins the extension id. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_MATCHES } from '../../lib/sites/hosts';
import { AI_TOOL_MATCHES } from '../../lib/policy/tools';
import { DEFAULT_EXTENSION_DIR } from './harness';

interface Manifest {
  manifest_version: number;
  key?: string;
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[]; js: string[]; run_at?: string }[];
  web_accessible_resources?: unknown;
  optional_permissions?: string[];
}

const manifest = JSON.parse(readFileSync(join(DEFAULT_EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;

describe('built Chrome manifest', () => {
  it('is MV3 with a key (stable id) and only the permissions it uses', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.key).toMatch(/^MIIB/);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['alarms', 'scripting', 'storage']);
    expect(manifest.optional_permissions).toEqual(['notifications']);
  });

  it('asks for host access to the supported SaaS hosts and the known AI tools only', () => {
    const hosts = manifest.host_permissions ?? [];
    expect([...hosts].sort()).toEqual([...SITE_MATCHES, ...AI_TOOL_MATCHES].sort());
    for (const h of hosts) {
      expect(h).toMatch(/^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\//);
      expect(h).not.toMatch(/<all_urls>|^\*:|^https:\/\/\*\//);
    }
  });

  it('declares only the tiny detector and the AI-tool watcher; the card is injected on demand', () => {
    const scripts = manifest.content_scripts ?? [];
    const byFile = new Map(scripts.map((c) => [c.js.join(','), [...c.matches].sort()]));
    expect([...byFile.keys()].sort()).toEqual(['content-scripts/ai-watch.js', 'content-scripts/detector.js']);
    expect(byFile.get('content-scripts/detector.js')).toEqual([...SITE_MATCHES].sort());
    expect(byFile.get('content-scripts/ai-watch.js')).toEqual([...AI_TOOL_MATCHES].sort());
    expect(manifest.web_accessible_resources).toBeUndefined();
  });
});
