/** Serves the dashboard's static build (server/dashboard/dist) under /admin/, never outside it. */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};
/** Vite puts content-hashed files under assets/: safe to cache for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

export async function serveDashboardFile(dir: string, relPath: string): Promise<Response | undefined> {
  const root = resolve(dir);
  let decoded: string;
  try {
    decoded = decodeURIComponent(relPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const wanted = resolve(root, normalize(`.${sep}${decoded}`));
  if (wanted !== root && !wanted.startsWith(root + sep)) return undefined;
  // Client-side routes (no extension) get the app shell.
  const candidates = extname(wanted) === '' ? [join(wanted, 'index.html'), join(root, 'index.html')] : [wanted];
  for (const file of candidates) {
    try {
      const info = await stat(file);
      if (!info.isFile()) continue;
      const body = await readFile(file);
      const isAsset = file.startsWith(join(root, 'assets') + sep);
      return new Response(body, {
        headers: {
          'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': isAsset ? IMMUTABLE : 'no-cache',
        },
      });
    } catch {
      // Not there: try the next candidate.
    }
  }
  return undefined;
}
