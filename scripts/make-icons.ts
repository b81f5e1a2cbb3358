/**
 * Renders the extension icons (public/icon/<size>.png) from the brand sparkle with headless
 * Chromium, so the PNGs always match the SVG in components/icon-paths.ts.
 * Run: npx tsx scripts/make-icons.ts (the PNGs are committed; re-run after changing the mark).
 */
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { SPARKLE_PATH } from '../components/icon-paths';

const SIZES = [16, 32, 48, 96, 128] as const;
const out = new URL('../public/icon/', import.meta.url);
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    // Small sizes drop the companion star and use a larger mark so it stays legible at 16 px.
    const path = size <= 32 ? SPARKLE_PATH.split('Z')[0] + 'Z' : SPARKLE_PATH;
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">
      <svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 24 24">
        <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stop-color="#6366f1"/><stop offset="1" stop-color="#4338ca"/></linearGradient></defs>
        <rect x="0.5" y="0.5" width="23" height="23" rx="5.5" fill="url(#g)"/>
        <g transform="${size <= 32 ? 'translate(1.2 0.2) scale(0.92)' : 'translate(2.4 2.4) scale(0.8)'}">
          <path d="${path}" fill="#fff"/></g>
      </svg></body></html>`);
    await page.locator('svg').screenshot({ path: new URL(`${size}.png`, out).pathname, omitBackground: true });
  }
} finally {
  await browser.close();
}
console.log(`Wrote ${SIZES.map((s) => `${s}.png`).join(', ')} to public/icon/`);
