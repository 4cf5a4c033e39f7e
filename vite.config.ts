/**
 * One source manifest (manifest.json), two browsers, two variants:
 *   vite build --mode chrome|firefox            (QARI_VARIANT=product, the default: what the stores get)
 *   QARI_VARIANT=e2e vite build --mode chrome|firefox   (test-only: host permission for 127.0.0.1/localhost and the
 *                                                        e2e hooks, which the product build compiles out)
 * Output: dist/<browser> for the product, dist/<browser>-e2e for the test build. `npm run build` runs all four.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig, type Plugin } from 'vite';
import { highlightCss, HIGHLIGHT_CSS_FILE } from './src/dom/highlight.ts';
import { ENTITY_COLORS } from './src/extension/popup/colors.ts';
import { MODEL_PATH } from './src/core/tagger/index.ts';

export type Target = 'chrome' | 'firefox';
export type Variant = 'product' | 'e2e';

const ROOT = import.meta.dirname;

/** Hosts the test build may script without a click (the e2e servers listen there). */
export const E2E_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

type Json = Record<string, unknown>;

/** The manifest for one browser and variant, from the single source manifest.json. */
export function makeManifest(target: Target, variant: Variant): Json {
  const src = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8')) as Json;
  const m: Json = { ...src };
  const bg = src.background as { service_worker: string; type?: string };
  if (target === 'firefox') {
    // Firefox MV3: an event page.
    m.background = { scripts: [bg.service_worker], type: 'module' };
  } else {
    m.background = { service_worker: bg.service_worker, type: 'module' };
    delete m.browser_specific_settings; // Chrome warns about the key
  }
  // The model file is fetched by the content script from the extension's own files.
  if (existsSync(resolve(ROOT, 'public', MODEL_PATH))) {
    m.web_accessible_resources = [
      { resources: [MODEL_PATH], matches: ['<all_urls>'] },
    ];
  }
  const icons = resolve(ROOT, 'public/icons');
  const iconFiles: Record<string, string> = {};
  for (const size of [16, 32, 48, 96, 128]) {
    if (existsSync(resolve(icons, `icon-${size}.png`))) iconFiles[String(size)] = `icons/icon-${size}.png`;
  }
  if (Object.keys(iconFiles).length) {
    m.icons = iconFiles;
    m.action = { ...(m.action as Json), default_icon: iconFiles };
  }
  if (variant === 'e2e') {
    m.host_permissions = [...E2E_HOSTS];
    m.name = 'Qari (e2e test build)';
  }
  return m;
}

/** Emits the ::highlight() stylesheet, made from the colours the popup swatches use. */
function highlightStylesheet(): Plugin {
  return {
    name: 'qari-highlight-css',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: HIGHLIGHT_CSS_FILE, source: highlightCss(ENTITY_COLORS) });
    },
  };
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  const variant: Variant = process.env.QARI_VARIANT === 'e2e' ? 'e2e' : 'product';
  return {
    plugins: [
      crx({ manifest: makeManifest(target, variant) as unknown as ManifestV3Export, browser: target }),
      highlightStylesheet(),
    ],
    define: {
      __E2E__: JSON.stringify(variant === 'e2e'),
      __TARGET__: JSON.stringify(target),
    },
    build: {
      outDir: resolve(ROOT, 'dist', variant === 'product' ? target : `${target}-e2e`),
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 4096,
      // The test build carries one extra, empty extension page for the browser tests to send messages from.
      ...(variant === 'e2e' ? { rollupOptions: { input: { e2e: resolve(ROOT, 'test/e2e/extension-page.html') } } } : {}),
    },
    logLevel: 'warn',
  };
});
