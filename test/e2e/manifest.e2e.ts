/** The built manifest asks for no more than it needs, and pins the extension id. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_MATCHES } from '../../lib/sites/hosts';
import { DEFAULT_EXTENSION_DIR } from './harness';

interface Manifest {
  manifest_version: number;
  key?: string;
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[]; js: string[]; run_at?: string }[];
  web_accessible_resources?: unknown;
}

const manifest = JSON.parse(readFileSync(join(DEFAULT_EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;

describe('built Chrome manifest', () => {
  it('is MV3 with a key (stable id) and only storage + scripting permissions', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.key).toMatch(/^MIIB/);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['scripting', 'storage']);
  });

  it('asks for host access to the supported SaaS hosts only', () => {
    const hosts = manifest.host_permissions ?? [];
    expect([...hosts].sort()).toEqual([...SITE_MATCHES].sort());
    for (const h of hosts) {
      expect(h).toMatch(/^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\//);
      expect(h).not.toMatch(/<all_urls>|^\*:|^https:\/\/\*\//);
    }
  });

  it('declares only the tiny detector; the card is injected on demand', () => {
    const scripts = manifest.content_scripts ?? [];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.js).toEqual(['content-scripts/detector.js']);
    expect([...scripts[0]!.matches].sort()).toEqual([...SITE_MATCHES].sort());
    expect(manifest.web_accessible_resources).toBeUndefined();
  });
});
