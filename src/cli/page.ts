/**
 * Load an HTML file or URL into a standard DOM Document under Node (jsdom: a spec-compliant HTML5 parser,
 * so the tree matches what Chrome/Firefox build; linkedom is faster but its parser does not implement the
 * HTML5 tree-construction rules such as implied <tbody> and unclosed <p>). Scripts never run, nothing else
 * is fetched. Errors are thrown as Error objects with a one-line message fit to print as is.
 */
import { readFile, stat } from 'node:fs/promises';
import { JSDOM, VirtualConsole } from 'jsdom';

export interface LoadedPage {
  document: Document;
  /** The file path or final URL. */
  source: string;
  /** Milliseconds spent parsing. */
  parseMs: number;
  /** Release the parser's resources. */
  close(): void;
}

/** Charset from a Content-Type header or the first bytes of the page (BOM, <meta charset>, http-equiv). */
export function sniffCharset(bytes: Uint8Array, contentType?: string | null): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const fromHeader = contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] : undefined;
  if (fromHeader) return fromHeader.toLowerCase();
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : 'utf-8';
}

function decode(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Parse an HTML string into a Document (no scripts, no subresources). */
export function parseHtml(html: string, url?: string): { document: Document; close(): void } {
  // a silent console: stylesheet parse errors and "not implemented" notices of the page are not ours to print
  const dom = new JSDOM(html, { url: url ?? 'about:blank', contentType: 'text/html', virtualConsole: new VirtualConsole() });
  return { document: dom.window.document, close: () => dom.window.close() };
}

function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

async function readSource(source: string): Promise<{ html: string; url?: string }> {
  if (isUrl(source)) {
    let res: Response;
    try {
      res = await fetch(source, {
        redirect: 'follow',
        headers: { 'user-agent': 'Mozilla/5.0 (compatible; Qari/0.1)', accept: 'text/html,application/xhtml+xml' },
        signal: AbortSignal.timeout(30_000),
      });
    } catch (e) {
      const err = e as Error & { cause?: { code?: string; message?: string } };
      const why =
        err.name === 'TimeoutError' ? 'timed out after 30 s'
        : err.cause?.code === 'ENOTFOUND' ? 'host not found'
        : err.cause?.code === 'ECONNREFUSED' ? 'connection refused'
        : (err.cause?.message ?? err.message ?? 'network error');
      throw new Error(`cannot fetch ${source}: ${why}`);
    }
    if (!res.ok) throw new Error(`cannot fetch ${source}: HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}`);
    const type = res.headers.get('content-type');
    if (type && !/html|xml|text\/plain/i.test(type)) throw new Error(`cannot fetch ${source}: not an HTML page (${type.split(';')[0]})`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    return { html: decode(bytes, sniffCharset(bytes, type)), url: res.url || source };
  }
  let bytes: Uint8Array;
  try {
    const st = await stat(source);
    if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    bytes = await readFile(source);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why =
      code === 'ENOENT' ? 'no such file'
      : code === 'EISDIR' ? 'it is a directory'
      : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
      : ((e as Error).message ?? 'read error');
    throw new Error(`cannot read ${source}: ${why}`);
  }
  return { html: decode(bytes, sniffCharset(bytes)) };
}

/** Load a file path or an http(s) URL as a Document. */
export async function loadPage(source: string): Promise<LoadedPage> {
  const { html, url } = await readSource(source);
  const t0 = performance.now();
  let parsed: { document: Document; close(): void };
  try {
    parsed = parseHtml(html, url);
  } catch (e) {
    throw new Error(`cannot parse ${source}: ${(e as Error).message.split('\n')[0]}`);
  }
  const parseMs = performance.now() - t0;
  return { document: parsed.document, source: url ?? source, parseMs, close: parsed.close };
}
