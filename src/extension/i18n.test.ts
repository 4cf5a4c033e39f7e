import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
type Messages = Record<string, { message: string; description?: string }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(join(ROOT, 'public', '_locales', lang, 'messages.json'), 'utf8'));
const ar = load('ar');
const en = load('en');
const placeholders = (s: string) => [...s.matchAll(/\$(\d)/g)].map((m) => m[1]).sort().join(',');

/** Every source file of the popup and options pages, and i18n.ts. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('locale files', () => {
  it('have the same keys in Arabic and English', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
  });

  it('include the keys the manifest uses', () => {
    for (const key of ['extName', 'extDescription', 'commandAnnotate']) {
      expect(ar[key]?.message, key).toBeTruthy();
      expect(en[key]?.message, key).toBeTruthy();
    }
  });

  it('have non-empty messages with the same $n substitutions in both languages', () => {
    for (const key of Object.keys(en)) {
      expect(ar[key].message.trim(), key).not.toBe('');
      expect(en[key].message.trim(), key).not.toBe('');
      expect(placeholders(ar[key].message), key).toBe(placeholders(en[key].message));
    }
  });

  it('say their own language and direction', () => {
    expect([ar.uiLocale.message, ar.uiDir.message]).toEqual(['ar', 'rtl']);
    expect([en.uiLocale.message, en.uiDir.message]).toEqual(['en', 'ltr']);
  });

  it('use only key names Chrome accepts (ASCII letters, digits, _ ; no @@ prefix)', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('keep the Arabic UI Arabic', () => {
    // Keys whose text is the same in both languages on purpose (names of formats, URLs).
    const same = new Set(['siteInputPlaceholder', 'uiLocale', 'uiDir']);
    for (const key of Object.keys(ar)) {
      if (same.has(key)) continue;
      expect(ar[key].message, key).toMatch(/[\u0600-\u06FF←]/);
    }
  });

  it('hold no message that nothing uses', () => {
    const code = [...sources(join(ROOT, 'src')), join(ROOT, 'manifest.json')]
      .filter((f) => existsSync(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    // Keys the code reads through a lookup table (GROUP_LABEL_KEY) appear as string literals too.
    const unused = Object.keys(en).filter((key) => !new RegExp(`['"_]${key}['"_]`).test(code));
    expect(unused).toEqual([]);
  });

  it('define every key the popup and options code looks up', () => {
    const files = [...sources(join(ROOT, 'src', 'extension', 'popup')), ...sources(join(ROOT, 'src', 'extension', 'options'))];
    const used = new Set<string>();
    for (const f of files) for (const m of readFileSync(f, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]);
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) expect(en[key], key).toBeDefined();
  });
});
