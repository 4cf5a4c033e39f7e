/**
 * The local web server of the browser tests, `npm start` and the browser benchmark: the bundled sample pages
 * (test/pages-served), preact for the re-rendering page (/vendor/*), and generated pages (/generated/liveblog.html).
 * Listens on 127.0.0.1 on a free port.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { liveBlogHtml } from './liveblog.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const PAGES_DIR = resolve(ROOT, 'test/pages-served');
export const SEED_PAGE = 'akhbarelyom-2021-12-02.html';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
};

const VENDOR: Record<string, string> = {
  '/vendor/preact.mjs': 'node_modules/preact/dist/preact.mjs',
  '/vendor/hooks.mjs': 'node_modules/preact/hooks/dist/hooks.mjs',
};

export interface PageServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
  server: Server;
}

export async function startServer(): Promise<PageServer> {
  const server = createServer(async (req, res) => {
    try {
      const u = new URL(req.url ?? '/', 'http://127.0.0.1');
      let body: Buffer | string;
      let type: string;
      if (u.pathname === '/generated/liveblog.html') {
        body = liveBlogHtml({ words: Number(u.searchParams.get('words') ?? 50_000), seed: Number(u.searchParams.get('seed') ?? 1) });
        type = TYPES['.html'];
      } else if (VENDOR[u.pathname]) {
        body = await readFile(resolve(ROOT, VENDOR[u.pathname]));
        type = TYPES['.mjs'];
      } else {
        const file = resolve(PAGES_DIR, '.' + decodeURIComponent(u.pathname));
        if (!file.startsWith(PAGES_DIR + sep)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
        body = await readFile(file);
        type = TYPES[extname(file)] ?? 'application/octet-stream';
      }
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    } catch (e) {
      const notFound = (e as { code?: string }).code === 'ENOENT' || (e as { code?: string }).code === 'EISDIR';
      res.writeHead(notFound ? 404 : 500, { 'content-type': 'text/plain' });
      res.end(notFound ? 'not found' : String(e));
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    server,
    url: (path: string) => `${origin}/${path.replace(/^\//, '')}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
