/**
 * The store artwork docs/store-listing.md lists (its "Artwork" table) is all there, each file at
 * exactly the size and in the format the table gives, read from the PNG header; nothing in
 * docs/store/ is left unlisted, and the listing names no docs/store file outside the table.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LISTING = readFileSync(join(ROOT, 'docs/store-listing.md'), 'utf8');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** IHDR colour types: 2 = RGB (24-bit, what Chrome asks for), 6 = RGB with alpha. */
const COLOUR_TYPE_RGB = 2;

interface Asset {
  file: string;
  width: number;
  height: number;
  noAlpha: boolean;
}

/** Rows of the listing's table: | `docs/store/<file>.png` | W×H | PNG[, no alpha] | where |. */
function listedAssets(): Asset[] {
  const row = /^\|\s*`(docs\/store\/[^`]+\.png)`\s*\|\s*(\d+)×(\d+)\s*\|\s*([^|]+?)\s*\|/gm;
  return [...LISTING.matchAll(row)].map((m) => ({
    file: m[1] as string,
    width: Number(m[2]),
    height: Number(m[3]),
    noAlpha: /no alpha/i.test(m[4] as string),
  }));
}

function header(path: string): { width: number; height: number; bitDepth: number; colourType: number } {
  const b = readFileSync(path);
  expect(b.subarray(0, 8).equals(PNG_SIGNATURE), `${path} is a PNG`).toBe(true);
  expect(b.subarray(12, 16).toString('latin1'), `${path} starts with IHDR`).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), bitDepth: b.readUInt8(24), colourType: b.readUInt8(25) };
}

describe('store artwork listed in docs/store-listing.md', () => {
  const assets = listedAssets();

  it('lists the artwork each store asks for', () => {
    const sizes = assets.map((a) => `${a.width}x${a.height}`);
    // Chrome: at least one 1280×800 screenshot and the 440×280 small promo tile (up to 5
    // screenshots); the 1400×560 marquee; Edge: a 300×300 logo.
    expect(sizes.filter((s) => s === '1280x800').length).toBeGreaterThanOrEqual(1);
    expect(sizes.filter((s) => s === '1280x800').length).toBeLessThanOrEqual(5);
    expect(sizes).toEqual(expect.arrayContaining(['440x280', '1400x560', '300x300']));
  });

  it.each(listedAssets().map((a) => [a.file, a] as const))('%s exists at exactly its listed size and format', (_file, asset) => {
    const path = join(ROOT, asset.file);
    expect(existsSync(path), asset.file).toBe(true);
    const h = header(path);
    expect([h.width, h.height]).toEqual([asset.width, asset.height]);
    expect(h.bitDepth).toBe(8);
    if (asset.noAlpha) expect(h.colourType, `${asset.file}: 24-bit, no alpha`).toBe(COLOUR_TYPE_RGB);
  });

  it('every docs/store file the listing mentions is in the table, and every file in docs/store is listed', () => {
    const inTable = new Set(assets.map((a) => a.file));
    const mentioned = new Set([...LISTING.matchAll(/docs\/store\/[\w.-]+\.png/g)].map((m) => m[0]));
    expect([...mentioned].filter((f) => !inTable.has(f))).toEqual([]);
    const onDisk = readdirSync(join(ROOT, 'docs/store')).map((f) => `docs/store/${f}`);
    expect(onDisk.filter((f) => !inTable.has(f))).toEqual([]);
  });
});
