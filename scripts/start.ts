/**
 * `npm start`: build both packages, serve the bundled sample pages on 127.0.0.1, open Chromium with the shipped
 * extension, click its toolbar button on the seed article, print what it found, and save screenshots of the
 * highlighted page and of the popup (docs/screenshot-page.png, docs/screenshot-popup.png).
 * Headed when there is a display (the browser stays open until Ctrl+C), headless otherwise.
 * Options: --no-build (use dist/ as it is), --page NAME (another page of test/pages-served), --keep (stay open).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Entity, EntityType } from '../src/core/types.ts';
import { buildAll } from './build.ts';
import { clickToolbar, distDir, launchChromium, popupTabState, sleep } from '../test/e2e/browsers.ts';
import { SEED_PAGE, startServer } from '../test/e2e/server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const pageName = args.includes('--page') ? args[args.indexOf('--page') + 1] : SEED_PAGE;
const headless = !process.env.DISPLAY;

const LABEL: Record<EntityType, string> = {
  official: 'Officials', person: 'People', place: 'Places', organization: 'Organizations', date: 'Dates',
};

function summary(entities: Entity[]): string {
  const lines: string[] = [];
  for (const type of Object.keys(LABEL) as EntityType[]) {
    const list = entities.filter((e) => e.type === type).sort((a, b) => b.mentions.length - a.mentions.length);
    if (!list.length) continue;
    lines.push(`${LABEL[type]} (${list.length})`);
    for (const e of list) {
      const forms = [...new Set(e.mentions.map((m) => m.text))].join(' / ');
      const extra = e.role ? ` — ${e.role}` : e.value ? ` → ${e.value}` : '';
      lines.push(`  ${e.canonical}${extra}  ×${e.mentions.length}${forms !== e.canonical ? `  [${forms}]` : ''}`);
    }
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  if (!args.includes('--no-build')) await buildAll();
  const server = await startServer();
  const chromium = await launchChromium(distDir('chrome'), { headless });
  let keepOpen = false;
  try {
    const page = (await chromium.browser.pages())[0] ?? (await chromium.browser.newPage());
    const url = server.url(pageName);
    console.log(`Serving the sample pages at ${server.origin}/ — opening ${url}`);
    await page.goto(url, { waitUntil: 'load' });
    const popup = await clickToolbar(chromium, page);
    const state = await popupTabState(popup);
    console.log(`\nQari on ${state.title ?? url}`);
    console.log(`status: ${state.status}${state.message ? ` (${state.message})` : ''}; source: ${state.source}; ${state.ms} ms; published: ${state.published ?? '?'}\n`);
    console.log(summary(state.entities));

    mkdirSync(resolve(ROOT, 'docs'), { recursive: true });
    await sleep(400); // let the popup finish its first paint
    await popup.screenshot({ path: resolve(ROOT, 'docs/screenshot-popup.png') });
    // Show the hover card on the first official's first mention, then photograph the page.
    const first = state.entities.find((e) => e.type === 'official') ?? state.entities[0];
    if (first) {
      const point = await page.evaluate((text: string) => {
        const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = n.textContent!.indexOf(text);
          if (i < 0) continue;
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + text.length);
          const b = r.getBoundingClientRect();
          if (b.width > 0) return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        }
        return null;
      }, first.mentions[0].text);
      if (point) {
        await page.mouse.move(point.x, point.y);
        await page.mouse.move(point.x + 1, point.y);
        await sleep(300);
      }
    }
    await page.screenshot({ path: resolve(ROOT, 'docs/screenshot-page.png') });
    console.log('\nSaved docs/screenshot-page.png and docs/screenshot-popup.png');
    keepOpen = !headless || args.includes('--keep');
    if (keepOpen) {
      console.log('Chromium stays open with the extension loaded: try other pages, press Ctrl+C to quit.');
      await new Promise<void>((done) => {
        process.once('SIGINT', () => done());
        chromium.browser.once('disconnected', () => done());
      });
    }
  } finally {
    await chromium.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
