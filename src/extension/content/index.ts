/**
 * The content script, injected on demand (scripting.executeScript under activeTab, or registered for a site the
 * user chose to annotate automatically). It finds the article on the live page, annotates it with the engine in
 * cooperative slices (or re-anchors the cached record for the same text), paints the mentions with the CSS Custom
 * Highlight API and shows a hover card. The page's DOM is never modified; the card's shadow host on <html> is the
 * only addition.
 */
import browser from 'webextension-polyfill';
import { annotateInSlices, ENGINE_VERSION } from '../../core/engine.ts';
import type { Entity, EntityType } from '../../core/types.ts';
import { detectArticleInSlices, rangeForText, type ArticleResult } from '../../dom/article.ts';
import { HighlightPainter, highlightApiAvailable, RangeIndex } from '../../dom/highlight.ts';
import { reanchorEntities, toAnchoredEntities } from '../anchors.ts';
import { validatePayload } from '../cache.ts';
import { sha256Hex } from '../hash.ts';
import { emptyTabState, parseContentRequest, type BackgroundRequest, type TabState } from '../messages.ts';
import { loadTagger, taggerFailure } from '../tagger-loader.ts';
import { HoverCard } from './card.ts';

/** Upper bound on the article text handed to the engine (a 50,000-word live blog is about 300,000 characters). */
export const MAX_ARTICLE_CHARS = 400_000;
/** The engine yields to the page after about this much work, so no task comes near 50 ms. */
const SLICE_BUDGET_MS = 12;

/** Marks the page's own re-rendering took away are painted again: at most this often, and this many times a page. */
const REPAINT_MIN_INTERVAL_MS = 2000;
const REPAINT_MAX = 30;

/** Give the page's event loop a turn: a MessageChannel message is not throttled like nested setTimeout(0). */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'function') {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        ch.port1.close();
        resolve();
      };
      ch.port2.postMessage(null);
    } else {
      setTimeout(resolve, 0);
    }
  });
}

/** Test builds only: phase marks on the page's performance timeline, so the browser benchmark can attribute long tasks. */
function mark(name: string): void {
  if (__E2E__) performance.mark(`qari:${name}`);
}

function send(msg: BackgroundRequest): Promise<unknown> {
  return browser.runtime.sendMessage(msg);
}

interface MarkRef {
  entityIndex: number;
}

class QariContent {
  state: TabState = emptyTabState(location.href);
  private article: ArticleResult | null = null;
  private entities: Entity[] = [];
  private readonly painter = new HighlightPainter();
  private readonly index = new RangeIndex<MarkRef>();
  private readonly card = new HoverCard(document, browser.i18n.getUILanguage());
  private running: Promise<TabState> | null = null;
  private revealCursor = new Map<number, number>();
  private pointer: { x: number; y: number } | null = null;
  private frame = 0;

  private readonly listening = new AbortController();
  private observer: MutationObserver | null = null;
  private repaintTimer: ReturnType<typeof setTimeout> | null = null;
  private repaints = 0;
  private lastRun = 0;
  private painted: Range[] = [];
  private readonly messageListener = (msg: unknown) => this.onMessage(msg);

  constructor() {
    browser.runtime.onMessage.addListener(this.messageListener);
    const signal = this.listening.signal;
    document.addEventListener('mousemove', (e) => this.onPointer(e), { passive: true, capture: true, signal });
    window.addEventListener('scroll', () => this.card.hide(), { passive: true, capture: true, signal });
    document.addEventListener('mouseleave', () => this.card.hide(), { passive: true, signal });
  }

  /** True when the extension that injected this instance was reloaded or updated (its runtime is gone). */
  isOrphaned(): boolean {
    try {
      return !browser.runtime?.id;
    } catch {
      return true;
    }
  }

  /** Take back everything this instance put on the page (marks, card, listeners). */
  dispose(): void {
    this.listening.abort();
    this.observer?.disconnect();
    if (this.repaintTimer !== null) clearTimeout(this.repaintTimer);
    try {
      browser.runtime.onMessage.removeListener(this.messageListener);
    } catch {
      // the old runtime is gone
    }
    this.clearMarks();
    this.card.destroy();
  }

  private onMessage(raw: unknown): Promise<unknown> | undefined {
    if (__E2E__ && (raw as { type?: unknown } | null)?.type === 'e2e-diagnostics') {
      // Test builds only: what the tests cannot see from the page's main world.
      return loadTagger().then((t) => ({ tagger: t ? 'loaded' : taggerFailure(), marks: this.index.size }));
    }
    const req = parseContentRequest(raw);
    if (!req) return undefined; // not ours: let other listeners answer
    switch (req.type) {
      case 'content-ping':
        return Promise.resolve({ ok: true, status: this.state.status });
      case 'content-state':
        return Promise.resolve(this.state);
      case 'content-annotate':
        return this.annotate(!!req.force);
      case 'content-set-visible':
        this.painter.setVisible(req.entityType, req.visible);
        this.update({ ...this.state, hidden: this.painter.hiddenTypes() });
        return Promise.resolve(this.state);
      case 'content-reveal':
        return Promise.resolve(this.reveal(req.entityIndex));
    }
  }

  private update(state: TabState): TabState {
    this.state = state;
    send({ type: 'tab-state-update', state }).catch(() => undefined);
    return state;
  }

  annotate(force: boolean, quiet = false): Promise<TabState> {
    if (!this.running) {
      this.running = this.run(force, quiet)
        .catch((e: unknown) =>
          this.update({
            ...emptyTabState(location.href),
            status: 'error',
            message: e instanceof Error ? e.message : String(e),
            hidden: this.painter.hiddenTypes(),
          }),
        )
        .finally(() => {
          this.running = null;
          this.lastRun = performance.now();
        });
    }
    return this.running;
  }

  private async run(force: boolean, quiet: boolean): Promise<TabState> {
    const t0 = performance.now();
    const url = location.href;
    const base = { ...emptyTabState(url), hidden: this.painter.hiddenTypes() };
    const type = document.contentType || 'text/html';
    if (!/html|xml/i.test(type)) {
      this.clearMarks();
      return this.update({ ...base, status: 'unsupported', message: `Qari reads web pages, not ${type} documents.` });
    }
    if (!highlightApiAvailable()) {
      return this.update({ ...base, status: 'unsupported', message: 'This browser lacks the CSS Custom Highlight API that Qari paints with.' });
    }
    if (!quiet) this.update({ ...base, status: 'working', title: document.title || null });
    await yieldToHost();

    mark('detect-start');
    const article = await detectArticleInSlices(document, { maxChars: MAX_ARTICLE_CHARS, yieldToHost, sliceBudgetMs: SLICE_BUDGET_MS });
    mark('detect-end');
    if (!article.isArticle) {
      this.clearMarks();
      return this.update({
        ...base,
        status: 'no-article',
        message: article.reason ? `No article found on this page: ${article.reason}` : 'No article found on this page.',
        title: article.title ?? (document.title || null),
        ms: Math.round(performance.now() - t0),
      });
    }
    await yieldToHost();

    const textHash = await sha256Hex(article.text);
    let entities: Entity[] | null = null;
    let source: 'cache' | 'engine' = 'engine';
    if (!force) {
      try {
        const rec = validatePayload(await send({ type: 'cache-get', url, textHash }));
        if (rec && rec.engineVersion === ENGINE_VERSION && rec.textHash === textHash) {
          entities = reanchorEntities(article.text, rec.entities).entities;
          source = 'cache';
        }
      } catch {
        // no cache: annotate
      }
    }
    if (!entities) {
      mark('tagger-start');
      const tagger = await loadTagger();
      mark('tagger-end');
      await yieldToHost();
      mark('engine-start');
      entities = await annotateInSlices(
        { text: article.text, published: article.published, segments: article.segments },
        { tagger, yieldToHost, sliceBudgetMs: SLICE_BUDGET_MS },
      );
      mark('engine-end');
    }

    await yieldToHost();
    mark('paint-start');
    await this.paint(article, entities);
    mark('paint-end');
    await yieldToHost();
    const state = this.update({
      ...base,
      status: 'done',
      message: article.truncated ? 'The article is very long: Qari read its beginning only.' : null,
      title: article.title,
      published: article.published,
      source,
      ms: Math.round(performance.now() - t0),
      entities,
    });
    if (source === 'engine') {
      // Store the record last, in its own task: serialising thousands of anchors is not free.
      await yieldToHost();
      const record = {
        title: article.title,
        published: article.published,
        textHash,
        engineVersion: ENGINE_VERSION,
        entities: toAnchoredEntities(article.text, entities),
      };
      mark('store-start');
      await send({ type: 'cache-put', url, record }).catch(() => undefined);
      mark('store-end');
    }
    return state;
  }

  private clearMarks(): void {
    this.painter.clear();
    this.painted = [];
    this.index.clear();
    this.card.hide();
    this.article = null;
    this.entities = [];
    this.revealCursor.clear();
  }

  /** Build the ranges in slices (thousands of mentions on a live blog), then set one highlight per type. */
  private async paint(article: ArticleResult, entities: Entity[]): Promise<void> {
    this.clearMarks();
    const byType = new Map<EntityType, Range[]>();
    let sliceStart = performance.now();
    for (let i = 0; i < entities.length; i++) {
      const e = entities[i];
      let list = byType.get(e.type);
      if (!list) byType.set(e.type, (list = []));
      for (const m of e.mentions) {
        const range = rangeForText(article, m.start, m.end);
        if (!range || range.collapsed) continue;
        list.push(range);
        this.index.add(range, { entityIndex: i });
      }
      if (performance.now() - sliceStart > SLICE_BUDGET_MS) {
        await yieldToHost();
        sliceStart = performance.now();
      }
    }
    this.painter.paint(byType);
    this.painted = [...byType.values()].flat();
    this.article = article;
    this.entities = entities;
    this.watch();
  }

  /**
   * Pages that re-render their own DOM (React, preact, live blogs) replace the text nodes our ranges sit on; the
   * marks silently vanish. Watch for that and annotate again (from the cache when the text is unchanged), quietly.
   */
  private watch(): void {
    if (this.observer || typeof MutationObserver !== 'function') return;
    this.observer = new MutationObserver(() => this.onMutation());
    this.observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  }

  private onMutation(): void {
    if (this.repaintTimer !== null || this.running || this.repaints >= REPAINT_MAX || this.state.status !== 'done') return;
    const wait = Math.max(300, this.lastRun + REPAINT_MIN_INTERVAL_MS - performance.now());
    this.repaintTimer = setTimeout(() => {
      this.repaintTimer = null;
      if (this.running || this.state.status !== 'done' || !this.marksBroken()) return;
      this.repaints++;
      void this.annotate(false, true);
    }, wait);
  }

  /** A live range whose text node left the document is either detached or, moved by the DOM, collapsed. */
  private marksBroken(): boolean {
    for (const r of this.painted) if (r.collapsed || !r.startContainer.isConnected || !r.endContainer.isConnected) return true;
    return false;
  }

  private onPointer(e: MouseEvent): void {
    if (this.index.size === 0) return;
    this.pointer = { x: e.clientX, y: e.clientY };
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const p = this.pointer;
      if (!p) return;
      let hit: { value: MarkRef } | null = null;
      try {
        hit = this.index.hit(document, p.x, p.y);
      } catch {
        hit = null; // the page re-rendered under us
      }
      const entity = hit ? this.entities[hit.value.entityIndex] : undefined;
      if (entity && this.painter.isVisible(entity.type)) this.card.show(entity, p.x, p.y);
      else this.card.hide();
    });
  }

  /** Scroll to the entity's next mention and flash it. */
  private reveal(entityIndex: number): boolean {
    const entity = this.entities[entityIndex];
    if (!entity || !this.article || entity.mentions.length === 0) return false;
    const k = this.revealCursor.get(entityIndex) ?? 0;
    this.revealCursor.set(entityIndex, (k + 1) % entity.mentions.length);
    const m = entity.mentions[k % entity.mentions.length];
    const range = rangeForText(this.article, m.start, m.end);
    if (!range) return false;
    const rect = range.getBoundingClientRect();
    window.scrollBy({ top: rect.top - window.innerHeight / 2 + rect.height / 2, behavior: 'smooth' });
    this.painter.flash(entity.type, range);
    return true;
  }
}

declare global {
  // eslint-disable-next-line no-var
  var __qariContent: QariContent | undefined;
  // eslint-disable-next-line no-var
  var __qariAuto: boolean | undefined;
}

// Injected again into a page that already has it (a second click): keep the first instance, unless it belongs to
// a previous load of the extension (reloaded or updated), which can no longer talk to the background.
if (globalThis.__qariContent?.isOrphaned()) {
  globalThis.__qariContent.dispose();
  globalThis.__qariContent = undefined;
}
if (!globalThis.__qariContent) {
  const content = new QariContent();
  globalThis.__qariContent = content;
  if (globalThis.__qariAuto) void content.annotate(false);
}
