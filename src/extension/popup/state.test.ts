import { describe, expect, it } from 'vitest';
import type { Entity } from '../../core/types.ts';
import { emptyTabState, type TabState } from '../messages.ts';
import {
  errorText,
  freshPendingSite,
  PENDING_SITE_TTL_MS,
  initialPopupState,
  isFinal,
  moveFocus,
  parseSiteAuto,
  parseTabState,
  popupReducer,
  reasonOnly,
  siteAutoError,
  statusLine,
  type PopupState,
  type Translate,
} from './state.ts';

/** A translator that shows the key and its substitutions, so tests see which message was chosen. */
const t: Translate = (key, subs) => (subs === undefined ? key : `${key}(${[subs].flat().join(',')})`);
const fmt = (n: number) => `#${n}`;

const ENTITY: Entity = { type: 'place', canonical: 'موسكو', role: null, value: null, mentions: [{ start: 0, end: 5, text: 'موسكو' }] };

function tab(over: Partial<TabState>): TabState {
  return { ...emptyTabState('https://example.com/a'), ...over };
}

function withTab(over: Partial<TabState>, base: PopupState = initialPopupState()): PopupState {
  return popupReducer(base, { type: 'state', state: tab(over) });
}

describe('popupReducer', () => {
  it('records the tab and keeps its URL until the background gives one', () => {
    const s = popupReducer(initialPopupState(), { type: 'tab-found', tabId: 7, url: 'https://example.com/a', title: 'T', origin: 'https://example.com' });
    expect(s).toMatchObject({ tabId: 7, origin: 'https://example.com', tabTitle: 'T' });
    expect(s.tab.url).toBe('https://example.com/a');
  });

  it('takes state updates in order and stops being pending on a final status', () => {
    let s = popupReducer(initialPopupState(), { type: 'annotate-start' });
    expect(s.pending).toBe(true);
    expect(s.tab.status).toBe('working');
    s = withTab({ status: 'working' }, s);
    expect(s.pending).toBe(true);
    s = withTab({ status: 'done', entities: [ENTITY], source: 'engine', ms: 40 }, s);
    expect(s.pending).toBe(false);
    expect(s.tab.entities).toHaveLength(1);
  });

  it('ignores a late "working" or "idle" answer after a final state', () => {
    const done = withTab({ status: 'done', entities: [ENTITY] });
    expect(withTab({ status: 'working' }, done)).toBe(done);
    expect(withTab({ status: 'idle' }, done)).toBe(done);
    // but a new request lets the page be annotated again
    const again = withTab({ status: 'working' }, popupReducer(done, { type: 'annotate-start' }));
    expect(again.tab.status).toBe('working');
  });

  it('lets a final state replace another final state (e.g. cache then engine)', () => {
    const s = withTab({ status: 'error', message: 'x' }, withTab({ status: 'done' }));
    expect(s.tab.status).toBe('error');
  });

  it('hides and shows types, keeping the canonical order and no duplicates', () => {
    let s = withTab({ status: 'done' });
    s = popupReducer(s, { type: 'type-visible', entityType: 'date', visible: false });
    s = popupReducer(s, { type: 'type-visible', entityType: 'official', visible: false });
    s = popupReducer(s, { type: 'type-visible', entityType: 'official', visible: false });
    expect(s.tab.hidden).toEqual(['official', 'date']);
    s = popupReducer(s, { type: 'type-visible', entityType: 'official', visible: true });
    expect(s.tab.hidden).toEqual(['date']);
  });

  it('clears a popup-side failure when a state arrives', () => {
    let s = popupReducer(initialPopupState(), { type: 'failed', message: 'no receiver' });
    expect(s.failure).toBe('no receiver');
    s = withTab({ status: 'done' }, s);
    expect(s.failure).toBeNull();
  });
});

describe('statusLine', () => {
  it('says annotating while idle or working', () => {
    expect(statusLine(initialPopupState(), t, fmt)).toMatchObject({ tone: 'busy', text: 'statusWorking' });
    expect(statusLine(withTab({ status: 'working' }), t, fmt).text).toBe('statusWorking');
  });

  it('says where the result came from and how long it took', () => {
    expect(statusLine(withTab({ status: 'done', source: 'engine', ms: 123.6 }), t, fmt)).toEqual({
      tone: 'ok', text: 'statusDoneEngine(#124)', detail: null,
    });
    expect(statusLine(withTab({ status: 'done', source: 'cache', ms: 8 }), t, fmt).text).toBe('statusDoneCache(#8)');
    expect(statusLine(withTab({ status: 'done' }), t, fmt).text).toBe('statusDone');
    expect(statusLine(withTab({ status: 'done', message: 'only the beginning was read' }), t, fmt).detail).toBe('only the beginning was read');
  });

  it('gives the no-article reason, the unsupported page and errors', () => {
    expect(statusLine(withTab({ status: 'no-article', message: 'صفحة قائمة' }), t, fmt)).toEqual({
      tone: 'warn', text: 'statusNoArticle', detail: 'صفحة قائمة',
    });
    expect(statusLine(withTab({ status: 'unsupported' }), t, fmt)).toMatchObject({ tone: 'warn', text: 'statusUnsupported' });
    expect(statusLine(withTab({ status: 'error', message: 'boom' }), t, fmt).text).toBe('statusErrorDetail(boom)');
    expect(statusLine(withTab({ status: 'error' }), t, fmt).text).toBe('statusError');
    expect(statusLine(popupReducer(initialPopupState(), { type: 'no-tab' }), t, fmt).text).toBe('statusNoTab');
    expect(statusLine(popupReducer(initialPopupState(), { type: 'failed', message: 'x' }), t, fmt)).toMatchObject({
      tone: 'error', text: 'statusErrorDetail(x)',
    });
  });

  it('knows the final statuses', () => {
    expect(['idle', 'working', 'done', 'no-article', 'unsupported', 'error'].map((x) => isFinal(x as TabState['status']))).toEqual([
      false, false, true, true, true, true,
    ]);
  });
});

describe('moveFocus', () => {
  it('moves with arrows without wrapping and jumps with Home/End', () => {
    expect(moveFocus(0, 'ArrowDown', 3)).toBe(1);
    expect(moveFocus(2, 'ArrowDown', 3)).toBe(2);
    expect(moveFocus(0, 'ArrowUp', 3)).toBe(0);
    expect(moveFocus(2, 'ArrowUp', 3)).toBe(1);
    expect(moveFocus(1, 'Home', 3)).toBe(0);
    expect(moveFocus(0, 'End', 3)).toBe(2);
    expect(moveFocus(0, 'a', 3)).toBeNull();
    expect(moveFocus(0, 'ArrowDown', 0)).toBeNull();
  });
});

describe('parsing what the background sends', () => {
  it('accepts a TabState, bare or wrapped in a tab-state-update', () => {
    const st = tab({ status: 'done', entities: [ENTITY], hidden: ['date'], source: 'cache', ms: 5 });
    expect(parseTabState(st)).toEqual(st);
    expect(parseTabState({ type: 'tab-state-update', state: st })).toEqual(st);
  });

  it('fills absent optional fields and drops unknown hidden types', () => {
    expect(parseTabState({ status: 'working' })).toEqual({ ...emptyTabState(null), status: 'working' });
    expect(parseTabState({ status: 'done', hidden: ['date', 'bogus'], ms: -1, source: 'x' })).toMatchObject({
      hidden: ['date'], ms: null, source: null,
    });
  });

  it('rejects what is not a TabState, and a state with a malformed entity', () => {
    for (const bad of [null, 3, 'done', [], {}, { status: 'finished' }, { status: 'done', title: 5 }]) {
      expect(parseTabState(bad)).toBeNull();
    }
    expect(parseTabState({ status: 'done', entities: [ENTITY, { type: 'thing', canonical: 'x', mentions: [] }] })).toBeNull();
    expect(parseTabState({ status: 'done', entities: [{ type: 'person', mentions: [] }] })).toBeNull();
  });

  it('reads the site setting as a boolean or { enabled }', () => {
    expect(parseSiteAuto(true)).toBe(true);
    expect(parseSiteAuto({ enabled: false })).toBe(false);
    expect(parseSiteAuto(undefined)).toBeNull();
    expect(parseSiteAuto({ ok: true })).toBeNull();
  });

  it('reads the error of a site reply', () => {
    expect(siteAutoError({ origin: 'https://a.com', enabled: false, error: 'Permission not granted.' })).toBe('Permission not granted.');
    expect(siteAutoError({ origin: 'https://a.com', enabled: true })).toBeNull();
    expect(siteAutoError(true)).toBeNull();
  });

  it('keeps only the reason of a no-article message', () => {
    expect(reasonOnly('No article found on this page: the page is a list of links')).toBe('the page is a list of links');
    expect(reasonOnly('No article found on this page.')).toBeNull();
    expect(reasonOnly('لم يُعثر على مقال في هذه الصفحة: صفحة رئيسية')).toBe('صفحة رئيسية');
    expect(reasonOnly('too little text')).toBe('too little text');
    expect(reasonOnly(null)).toBeNull();
    expect(statusLine(withTab({ status: 'no-article', message: 'No article found on this page: short' }), t, fmt).detail).toBe('short');
  });

  it('keeps a pending site request only while it is fresh', () => {
    const at = 1_000_000;
    expect(freshPendingSite({ origin: 'https://a.com', at }, at + 1000)).toBe('https://a.com');
    expect(freshPendingSite({ origin: 'https://a.com', at }, at + PENDING_SITE_TTL_MS + 1)).toBeNull();
    expect(freshPendingSite({ origin: 'https://a.com', at }, at - 1)).toBeNull(); // clock went back
    expect(freshPendingSite(undefined, at)).toBeNull();
    expect(freshPendingSite({ origin: 3, at }, at)).toBeNull();
  });

  it('turns rejections into text', () => {
    expect(errorText(new Error('x'))).toBe('x');
    expect(errorText('y')).toBe('y');
    expect(errorText(4)).toBe('4');
  });
});
