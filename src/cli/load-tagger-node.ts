/** Load the shipped tagger model in Node (command line, scripts, tests): public/<MODEL_PATH>, cached. */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MODEL_PATH, parseModel, type Tagger } from '../core/tagger/index.ts';

/** Project root: src/cli/ → ../../ */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const MODEL_FILE = resolve(ROOT, 'public', MODEL_PATH);

let cached: Promise<Tagger> | null = null;

export function loadTaggerNode(): Promise<Tagger> {
  if (!cached) {
    cached = readFile(MODEL_FILE).then((buf) => parseModel(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength)));
    cached.catch(() => {
      cached = null;
    });
  }
  return cached;
}
