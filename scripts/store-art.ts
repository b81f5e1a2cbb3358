/**
 * `npm run store-art`: the stores' artwork, rendered from HTML/CSS in headless Chromium at the exact
 * sizes the stores ask for, into docs/store/ (committed; docs/store-listing.md lists each file):
 *
 * - promo-small-440x280.png   Chrome Web Store small promo tile (also Edge's optional tile)
 * - marquee-1400x560.png      Chrome Web Store marquee promo tile
 * - logo-300x300.png          Edge Add-ons extension logo
 * - screenshot-<n>-<name>.png 1280×800 store screenshots, framed with a caption, made from the
 *                             e2e suite's docs/screenshots/*.png (test/e2e/screenshots.e2e.ts)
 *
 * The mark is the brand sparkle of components/icon-paths.ts, as in the toolbar icons
 * (scripts/make-icons.ts). Run after the e2e suite refreshed docs/screenshots/.
 * Chrome wants 24-bit PNGs without alpha for tiles and screenshots: every page here is opaque
 * except the logo, which keeps its rounded corners transparent.
 */
import { chromium, type Page } from 'playwright-core';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SPARKLE_PATH } from '../components/icon-paths';
import { APP_IDS } from '../lib/sites/types';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHOTS = join(ROOT, 'docs/screenshots');
const OUT = join(ROOT, 'docs/store');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const NAME = 'Lastmile';
const PROMISE = 'Where AI fits in your work';
/** Apps named on the art; the rest are counted. */
const NAMED_APPS = ['Salesforce', 'Gmail', 'Jira', 'Zendesk'] as const;
const MORE_APPS = APP_IDS.length - NAMED_APPS.length;

const FONT = `'Liberation Sans', 'Helvetica Neue', Arial, sans-serif`;
const INDIGO_BG = `radial-gradient(circle at 88% 8%, rgba(129,140,248,.55), transparent 42%),
  radial-gradient(circle at 0% 100%, rgba(99,102,241,.45), transparent 48%),
  linear-gradient(135deg, #4f46e5 0%, #4338ca 42%, #312e81 100%)`;

/** The toolbar icon: indigo rounded square, white sparkle (scripts/make-icons.ts at full size). */
function iconSvg(size: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 24 24">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#6366f1"/><stop offset="1" stop-color="#4338ca"/></linearGradient></defs>
    <rect x="0.5" y="0.5" width="23" height="23" rx="5.5" fill="url(#g)"/>
    <g transform="translate(2.4 2.4) scale(0.8)"><path d="${SPARKLE_PATH}" fill="#fff"/></g></svg>`;
}

/** The mark on the dark art: a white tile with the sparkle in the brand gradient. */
function markOnDark(size: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 24 24">
    <defs><linearGradient id="s" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#6366f1"/><stop offset="1" stop-color="#3730a3"/></linearGradient></defs>
    <rect x="0.5" y="0.5" width="23" height="23" rx="5.5" fill="#fff"/>
    <g transform="translate(2.4 2.4) scale(0.8)"><path d="${SPARKLE_PATH}" fill="url(#s)"/></g></svg>`;
}

/** A screenshot of the e2e suite; a clear error when the suite has not written it yet. */
function shot(file: string): Buffer {
  const path = join(SHOTS, file);
  if (!existsSync(path)) throw new Error(`${path} is missing: run test/e2e/screenshots.e2e.ts first (see docs/store-listing.md)`);
  return readFileSync(path);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = shot(file);
  if (b.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error(`${file} is not a PNG`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function dataUrl(file: string): string {
  return `data:image/png;base64,${shot(file).toString('base64')}`;
}

/** A rectangle of a screenshot, shown at `scale`. */
interface Crop {
  file: string;
  x: number;
  y: number;
  w: number;
  h: number;
  scale: number;
}

/** A window showing `crop` of a screenshot: a browser-like frame with a shadow. */
function windowOf(crop: Crop, opts: { chrome?: boolean; radius?: number } = {}): string {
  const w = Math.round(crop.w * crop.scale);
  const h = Math.round(crop.h * crop.scale);
  const bar = opts.chrome === false ? '' : `<div class="bar"><i></i><i></i><i></i></div>`;
  return `<div class="window" style="width:${w}px;border-radius:${opts.radius ?? 12}px">${bar}
    <div class="view" style="width:${w}px;height:${h}px">
      <img src="${dataUrl(crop.file)}" style="transform:translate(${-crop.x * crop.scale}px,${-crop.y * crop.scale}px) scale(${crop.scale})"/>
    </div></div>`;
}

const BASE_CSS = `
  * { box-sizing: border-box; margin: 0; }
  html, body { width: 100%; height: 100%; overflow: hidden; }
  body { font-family: ${FONT}; color: #fff; background: ${INDIGO_BG}; -webkit-font-smoothing: antialiased; }
  .window { position: absolute; background: #fff; overflow: hidden;
    box-shadow: 0 30px 60px -12px rgba(15,10,60,.55), 0 0 0 1px rgba(255,255,255,.25); }
  .bar { height: 30px; background: #eef0f6; display: flex; align-items: center; gap: 7px; padding: 0 14px;
    border-bottom: 1px solid #dfe2ec; }
  .bar i { width: 11px; height: 11px; border-radius: 50%; background: #cdd1dd; display: block; }
  .view { position: relative; overflow: hidden; }
  .view img { position: absolute; left: 0; top: 0; transform-origin: 0 0; }
  .brand { display: flex; align-items: center; }
  .brand b { font-weight: 700; letter-spacing: -0.02em; }
  h1 { font-weight: 700; letter-spacing: -0.025em; line-height: 1.08; }
  p.sub { color: #e0e7ff; line-height: 1.4; }
  .chip { display: inline-flex; align-items: center; gap: 8px; border-radius: 999px; background: rgba(255,255,255,.14);
    border: 1px solid rgba(255,255,255,.28); color: #fff; white-space: nowrap; }
  .pill { display: inline-flex; align-items: center; gap: 8px; background: #fff; color: #1e1b4b; border-radius: 999px;
    box-shadow: 0 10px 24px -6px rgba(15,10,60,.5); white-space: nowrap; }
  .pill svg { flex: none; }
  .pill .k { font-weight: 700; color: #4338ca; }
`;

const sparkle = (size: number, fill: string): string =>
  `<svg width="${size}" height="${size}" viewBox="0 0 24 24"><path d="${SPARKLE_PATH}" fill="${fill}"/></svg>`;

function page(css: string, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${BASE_CSS}${css}</style></head><body>${body}</body></html>`;
}

const smallTile = page(
  `.wrap { position: absolute; inset: 0; padding: 34px 36px; display: flex; flex-direction: column; }
   .brand b { font-size: 40px; margin-left: 14px; }
   h1 { font-size: 29px; margin-top: 24px; max-width: 360px; }
   .pill { position: absolute; left: 36px; bottom: 34px; padding: 10px 18px 10px 14px; font-size: 17px; }`,
  `<div class="wrap">
     <div class="brand">${markOnDark(52)}<b>${NAME}</b></div>
     <h1>${PROMISE}</h1>
     <div class="pill">${sparkle(18, '#4f46e5')}<span class="k">AI tip</span><span>Draft the follow-up</span></div>
   </div>`,
);

const marquee = page(
  `.left { position: absolute; left: 80px; top: 0; bottom: 0; width: 660px; display: flex; flex-direction: column; justify-content: center; }
   .brand b { font-size: 44px; margin-left: 16px; }
   h1 { font-size: 54px; margin-top: 28px; white-space: nowrap; }
   p.sub { font-size: 22px; margin-top: 18px; max-width: 620px; }
   .chips { display: flex; gap: 12px; margin-top: 30px; }
   .chip { padding: 9px 16px; font-size: 17px; }
   .window { right: 56px; top: 44px; border-bottom-left-radius: 0 !important; border-bottom-right-radius: 0 !important; }`,
  `<div class="left">
     <div class="brand">${markOnDark(56)}<b>${NAME}</b></div>
     <h1>${PROMISE}.</h1>
     <p class="sub">A ready prompt for the task on screen, in ${NAMED_APPS.join(', ')} and ${MORE_APPS} more apps.
       One click to copy it or open your approved AI tool.</p>
     <div class="chips"><span class="chip">Private by default</span><span class="chip">Your company's rules</span><span class="chip">At most three tips a day</span></div>
   </div>
   ${windowOf({ file: 'card-salesforce.png', x: 520, y: 40, w: 760, h: 680, scale: 0.72 })}`,
);

const logo = `<!doctype html><html><body style="margin:0;background:transparent">${iconSvg(300)}</body></html>`;

interface Frame {
  /** File name without .png. */
  name: string;
  html: string;
}

/** A 1280×800 store screenshot: caption on top, the screen below it bleeding off the bottom edge. */
function topCaption(f: { title: string; sub: string; crop: Crop }): string {
  const w = Math.round(f.crop.w * f.crop.scale);
  return page(
    `.cap { position: absolute; left: 0; right: 0; top: 44px; text-align: center; }
     h1 { font-size: 44px; }
     p.sub { font-size: 21px; margin: 12px auto 0; max-width: 900px; }
     .window { left: ${(1280 - w) / 2}px; top: 190px; border-bottom-left-radius: 0 !important; border-bottom-right-radius: 0 !important; }`,
    `<div class="cap"><h1>${f.title}</h1><p class="sub">${f.sub}</p></div>${windowOf(f.crop)}`,
  );
}

/** A 1280×800 store screenshot: caption on the left, the screen on the right. */
function sideCaption(f: { title: string; sub: string; bullets: readonly string[]; crop: Crop; top: number; right: number; chrome?: boolean }): string {
  return page(
    `.cap { position: absolute; left: 80px; top: 0; bottom: 0; width: 430px; display: flex; flex-direction: column; justify-content: center; }
     .brand b { font-size: 26px; margin-left: 12px; }
     h1 { font-size: 46px; margin-top: 26px; }
     p.sub { font-size: 21px; margin-top: 18px; }
     ul { list-style: none; padding: 0; margin-top: 28px; display: grid; gap: 14px; }
     li { display: flex; gap: 12px; align-items: flex-start; font-size: 19px; line-height: 1.35; color: #eef2ff; }
     li svg { flex: none; margin-top: 2px; }
     .window { right: ${f.right}px; top: ${f.top}px; }`,
    `<div class="cap"><div class="brand">${markOnDark(40)}<b>${NAME}</b></div><h1>${f.title}</h1><p class="sub">${f.sub}</p>
       <ul>${f.bullets.map((b) => `<li>${sparkle(20, '#a5b4fc')}<span>${b}</span></li>`).join('')}</ul></div>
     ${windowOf(f.crop, { chrome: f.chrome ?? true })}`,
  );
}

/** The popup is shown whole, centred vertically: its height follows its content. */
const POPUP = pngSize('popup.png');

const FRAMES: readonly Frame[] = [
  {
    name: 'screenshot-1-card',
    html: sideCaption({
      title: 'Where AI fits, right on the page',
      sub: 'On a Salesforce opportunity, a Jira issue or a Gmail thread: one tip, with a prompt filled in from the record.',
      bullets: ['Copy it, or open it in your approved AI tool', 'Your company’s notes on what is allowed', 'At most three tips a day, never in the way'],
      crop: { file: 'card-salesforce.png', x: 560, y: 40, w: 720, h: 760, scale: 0.94 },
      top: 44,
      right: 0,
    }),
  },
  {
    name: 'screenshot-2-habits',
    html: topCaption({
      title: 'Your AI habit, privately',
      sub: 'Streaks, a weekly goal, a year heatmap and time saved — kept only in your browser.',
      crop: { file: 'habits.png', x: 130, y: 64, w: 1020, h: 720, scale: 0.94 },
    }),
  },
  {
    name: 'screenshot-3-popup',
    html: sideCaption({
      title: 'Today at a glance',
      sub: 'From the toolbar: today’s AI actions, your streak and the week’s goal.',
      bullets: ['“I used AI” in one click', 'Streak freezes forgive a missed day', 'A weekly recap with one thing to try'],
      crop: { file: 'popup.png', x: 0, y: 0, w: POPUP.width, h: POPUP.height, scale: 1 },
      top: Math.max(0, Math.round((800 - POPUP.height) / 2)),
      right: 200,
      chrome: false,
    }),
  },
  {
    name: 'screenshot-4-sharing',
    html: topCaption({
      title: 'Nothing leaves without your OK',
      sub: 'You see the exact anonymous report before anything is sent. Counts only, never what you wrote.',
      crop: { file: 'sharing.png', x: 130, y: 560, w: 1020, h: 720, scale: 0.94 },
    }),
  },
  {
    name: 'screenshot-5-dashboard',
    html: topCaption({
      title: 'For admins: adoption, not surveillance',
      sub: 'Anonymous daily counts per team and app, on your own server. Small groups stay hidden.',
      crop: { file: 'dashboard.png', x: 0, y: 0, w: 1440, h: 840, scale: 0.76 },
    }),
  },
];

async function render(p: Page, html: string, file: string, size: { width: number; height: number }, transparent = false): Promise<void> {
  await p.setViewportSize(size);
  await p.setContent(html, { waitUntil: 'load' });
  await p.evaluate(() => document.fonts.ready.then(() => undefined));
  await p.screenshot({ path: join(OUT, file), omitBackground: transparent, animations: 'disabled' });
}

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--font-render-hinting=none', '--hide-scrollbars'] });
try {
  const p = await browser.newPage({ deviceScaleFactor: 1 });
  await render(p, smallTile, 'promo-small-440x280.png', { width: 440, height: 280 });
  await render(p, marquee, 'marquee-1400x560.png', { width: 1400, height: 560 });
  await render(p, logo, 'logo-300x300.png', { width: 300, height: 300 }, true);
  for (const f of FRAMES) await render(p, f.html, `${f.name}.png`, { width: 1280, height: 800 });
} finally {
  await browser.close();
}
console.log(`Wrote promo-small-440x280.png, marquee-1400x560.png, logo-300x300.png and ${FRAMES.length} screenshots to docs/store/`);
