import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../cli/page.ts';
import { detectArticle, detectArticleInSlices } from './article.ts';

const pagesDir = join(__dirname, '..', '..', 'test', 'pages');

describe('detectArticleInSlices', () => {
  const pages = readdirSync(pagesDir).filter((f) => f.endsWith('.html')).slice(0, 8);
  for (const f of pages) {
    it(`gives the same result as detectArticle and yields on ${f}`, async () => {
      const { document, close } = parseHtml(readFileSync(join(pagesDir, f), 'utf8'));
      const one = detectArticle(document);
      let yields = 0;
      const sliced = await detectArticleInSlices(document, { sliceBudgetMs: 0, yieldToHost: async () => void yields++ });
      expect(sliced.isArticle).toBe(one.isArticle);
      expect(sliced.text).toBe(one.text);
      expect(sliced.segments).toEqual(one.segments);
      expect(sliced.pieces.length).toBe(one.pieces.length);
      expect(yields).toBeGreaterThan(0);
      close();
    });
  }
});
