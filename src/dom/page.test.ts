import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { loadPage, sniffCharset } from '../cli/page.ts';
import { detectArticle } from './article.ts';

const dir = mkdtempSync(join(tmpdir(), 'qari-page-'));
let server: Server;
let base = '';

/** windows-1256 bytes for an ASCII+Arabic string (old Arabic sites still serve this). */
function cp1256(s: string): Uint8Array {
  const table: Record<string, number> = { 'ا': 0xc7, 'ل': 0xe1, 'خ': 0xce, 'ب': 0xc8, 'ر': 0xd1 };
  return Uint8Array.from([...s].map((ch) => table[ch] ?? ch.charCodeAt(0)));
}

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/ok') {
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1256' });
      res.end(cp1256('<html><body><h1>الخبر</h1></body></html>'));
    } else if (req.url === '/pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('%PDF');
    } else {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('loadPage', () => {
  it('reads a file into a Document that detectArticle accepts', async () => {
    const f = join(dir, 'a.html');
    const para = '<p>قال المتحدث الرسمي إن الاجتماع تناول عدة ملفات، أبرزها الأمن والاقتصاد والتعاون الإقليمي بين البلدين.</p>';
    writeFileSync(f, `<html><head><title>اجتماع - موقع</title></head><body><h1>اجتماع وزاري</h1><div>${para.repeat(4)}</div></body></html>`);
    const page = await loadPage(f);
    expect(page.document.querySelector('h1')?.textContent).toBe('اجتماع وزاري');
    expect(page.parseMs).toBeGreaterThanOrEqual(0);
    expect(detectArticle(page.document).title).toBe('اجتماع وزاري');
    page.close();
  });

  it('decodes a windows-1256 file declared by <meta charset>', async () => {
    const f = join(dir, 'b.html');
    writeFileSync(f, cp1256('<html><head><meta charset="windows-1256"></head><body><p>الخبر</p></body></html>'));
    const page = await loadPage(f);
    expect(page.document.querySelector('p')?.textContent).toBe('الخبر');
  });

  it('says "no such file" for a missing file and names a directory', async () => {
    await expect(loadPage(join(dir, 'missing.html'))).rejects.toThrow(/^cannot read .*missing\.html: no such file$/);
    await expect(loadPage(dir)).rejects.toThrow(/^cannot read .*: it is a directory$/);
  });

  it('fetches a URL, honours the header charset, and reports HTTP errors on one line', async () => {
    const page = await loadPage(`${base}/ok`);
    expect(page.document.querySelector('h1')?.textContent).toBe('الخبر');
    await expect(loadPage(`${base}/nope`)).rejects.toThrow(new RegExp(`^cannot fetch ${base}/nope: HTTP 404`));
    await expect(loadPage(`${base}/pdf`)).rejects.toThrow(/not an HTML page \(application\/pdf\)$/);
  });

  it('reports a refused connection as a one-line message', async () => {
    const err = await loadPage('http://127.0.0.1:1/x').catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/^cannot fetch http:\/\/127\.0\.0\.1:1\/x: /);
    expect((err as Error).message).not.toContain('\n');
  });
});

describe('sniffCharset', () => {
  it('prefers BOM, then header, then meta', () => {
    expect(sniffCharset(Uint8Array.from([0xef, 0xbb, 0xbf, 0x3c]), 'text/html; charset=windows-1256')).toBe('utf-8');
    expect(sniffCharset(new TextEncoder().encode('<meta charset="utf-8">'), 'text/html; charset=windows-1256')).toBe('windows-1256');
    expect(sniffCharset(new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'))).toBe('windows-1256');
    expect(sniffCharset(new TextEncoder().encode('<p>x</p>'))).toBe('utf-8');
  });
});
