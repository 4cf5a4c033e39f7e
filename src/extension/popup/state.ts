/**
 * The popup's state and its reducer, the status line, and the checks applied to what the background
 * answers. Pure: the component (App.tsx) only dispatches and renders.
 */
import { ENTITY_TYPES, type Entity, type EntityType } from '../../core/types.ts';
import type { MessageKey } from '../i18n.ts';
import { emptyTabState, type TabState, type TabStatus } from '../messages.ts';

export type Translate = (key: MessageKey, subs?: string | number | (string | number)[]) => string;

export interface Notice {
  text: string;
  tone: 'info' | 'error';
}

export interface PopupState {
  /** The active tab, once found. */
  tabId: number | null;
  /** Its http(s) origin (for the per-site setting), null on other pages. */
  origin: string | null;
  /** The tab's own title, shown until the article title is known. */
  tabTitle: string | null;
  tab: TabState;
  /** True from an annotate request until a final status arrives: lets 'working' replace a final state. */
  pending: boolean;
  filter: string;
  /** Whether this origin is annotated automatically; null while unknown or not applicable. */
  siteAuto: boolean | null;
  notice: Notice | null;
  /** A failure on the popup's side (no tab, the background did not answer). */
  failure: string | null;
  /** No active tab at all. */
  noTab: boolean;
}

export type PopupAction =
  | { type: 'tab-found'; tabId: number; url: string | null; title: string | null; origin: string | null }
  | { type: 'no-tab' }
  | { type: 'annotate-start' }
  | { type: 'state'; state: TabState }
  | { type: 'failed'; message: string }
  | { type: 'filter'; value: string }
  | { type: 'type-visible'; entityType: EntityType; visible: boolean }
  | { type: 'site-auto'; enabled: boolean | null }
  | { type: 'notice'; notice: Notice | null };

export function initialPopupState(): PopupState {
  return {
    tabId: null, origin: null, tabTitle: null, tab: emptyTabState(), pending: false, filter: '', siteAuto: null,
    notice: null, failure: null, noTab: false,
  };
}

const FINAL: ReadonlySet<TabStatus> = new Set(['done', 'no-article', 'unsupported', 'error']);

/** True when the status will not change without a new request (polling stops). */
export function isFinal(status: TabStatus): boolean {
  return FINAL.has(status);
}

export function popupReducer(s: PopupState, a: PopupAction): PopupState {
  switch (a.type) {
    case 'tab-found':
      return { ...s, tabId: a.tabId, origin: a.origin, tabTitle: a.title, tab: { ...s.tab, url: s.tab.url ?? a.url }, noTab: false };
    case 'no-tab':
      return { ...s, noTab: true };
    case 'annotate-start':
      return { ...s, pending: true, failure: null, tab: { ...s.tab, status: 'working', message: null } };
    case 'state': {
      const next = a.state;
      // A late answer to an earlier poll must not undo a final state, unless a new annotation was asked for.
      if (isFinal(s.tab.status) && !isFinal(next.status) && !s.pending) return s;
      if (next.status === 'idle' && s.tab.status === 'working') return s;
      return { ...s, tab: next, pending: s.pending && !isFinal(next.status), failure: null };
    }
    case 'failed':
      return { ...s, failure: a.message, pending: false };
    case 'filter':
      return { ...s, filter: a.value };
    case 'type-visible': {
      const hidden = s.tab.hidden.filter((x) => x !== a.entityType);
      if (!a.visible) hidden.push(a.entityType);
      return { ...s, tab: { ...s.tab, hidden: ENTITY_TYPES.filter((x) => hidden.includes(x)) } };
    }
    case 'site-auto':
      return { ...s, siteAuto: a.enabled };
    case 'notice':
      return { ...s, notice: a.notice };
  }
}

export interface StatusLine {
  tone: 'busy' | 'ok' | 'warn' | 'error';
  text: string;
  /** A second line: the reason given for no article, or the error. */
  detail: string | null;
}

/** What the status line says for the current state. */
export function statusLine(s: PopupState, t: Translate, fmt: (n: number) => string): StatusLine {
  if (s.noTab) return { tone: 'error', text: t('statusNoTab'), detail: null };
  if (s.failure) return { tone: 'error', text: t('statusErrorDetail', s.failure), detail: null };
  const { status, source, ms, message } = s.tab;
  switch (status) {
    case 'idle':
    case 'working':
      return { tone: 'busy', text: t('statusWorking'), detail: null };
    case 'done': {
      const text =
        ms === null || source === null
          ? t('statusDone')
          : t(source === 'cache' ? 'statusDoneCache' : 'statusDoneEngine', fmt(Math.round(ms)));
      // A note that comes with a result (e.g. only the beginning of a very long article was read).
      return { tone: 'ok', text, detail: message };
    }
    case 'no-article':
      return { tone: 'warn', text: t('statusNoArticle'), detail: reasonOnly(message) };
    case 'unsupported':
      return { tone: 'warn', text: t('statusUnsupported'), detail: message };
    case 'error':
      return { tone: 'error', text: message ? t('statusErrorDetail', message) : t('statusError'), detail: null };
  }
}

/** The heading of a group. */
export const GROUP_LABEL_KEY: Readonly<Record<EntityType, MessageKey>> = {
  official: 'groupOfficial',
  person: 'groupPerson',
  place: 'groupPlace',
  organization: 'groupOrganization',
  date: 'groupDate',
};

/**
 * Where keyboard focus goes among `length` entries from `current` for a key, or null when the key is not
 * a navigation key. Arrows stop at the ends (no wrap), Home/End jump.
 */
export function moveFocus(current: number, key: string, length: number): number | null {
  if (length === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return Math.min(current + 1, length - 1);
    case 'ArrowUp':
      return Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return length - 1;
    default:
      return null;
  }
}

// ---- Checking what the background sends: it is another context, its answers are not trusted blindly. ----

const STATUSES: ReadonlySet<string> = new Set(['idle', 'working', 'done', 'no-article', 'unsupported', 'error']);

function isObj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
const strOrNull = (x: unknown): x is string | null => x === null || typeof x === 'string';
const optStr = (x: unknown): string | null => (typeof x === 'string' ? x : null);

function parseEntity(x: unknown): Entity | null {
  if (!isObj(x) || typeof x.type !== 'string' || !(ENTITY_TYPES as readonly string[]).includes(x.type)) return null;
  if (typeof x.canonical !== 'string' || !Array.isArray(x.mentions)) return null;
  const mentions = x.mentions.filter(
    (m): m is Entity['mentions'][number] =>
      isObj(m) && typeof m.start === 'number' && typeof m.end === 'number' && typeof m.text === 'string',
  );
  return { type: x.type as EntityType, canonical: x.canonical, role: optStr(x.role), value: optStr(x.value), mentions };
}

/**
 * A TabState from a message or reply, or null when it is not one. One malformed entity makes the whole
 * state invalid: dropping it would shift the indices that 'reveal-entity' sends.
 */
export function parseTabState(x: unknown): TabState | null {
  if (!isObj(x)) return null;
  // Accept a bare TabState or { state: TabState } (the shape of 'tab-state-update').
  if (!('status' in x) && isObj(x.state)) return parseTabState(x.state);
  if (typeof x.status !== 'string' || !STATUSES.has(x.status)) return null;
  if (!strOrNull(x.message ?? null) || !strOrNull(x.url ?? null) || !strOrNull(x.title ?? null) || !strOrNull(x.published ?? null)) {
    return null;
  }
  const entitiesIn = Array.isArray(x.entities) ? x.entities : [];
  const entities: Entity[] = [];
  for (const e of entitiesIn) {
    const p = parseEntity(e);
    if (!p) return null;
    entities.push(p);
  }
  const hidden = Array.isArray(x.hidden) ? ENTITY_TYPES.filter((t) => (x.hidden as unknown[]).includes(t)) : [];
  const source = x.source === 'engine' || x.source === 'cache' ? x.source : null;
  const ms = typeof x.ms === 'number' && Number.isFinite(x.ms) && x.ms >= 0 ? x.ms : null;
  return {
    status: x.status as TabStatus,
    message: optStr(x.message),
    url: optStr(x.url),
    title: optStr(x.title),
    published: optStr(x.published),
    source,
    ms,
    entities,
    hidden,
  };
}

/** The reply to 'site-auto-get' / 'site-auto-set' (SiteAutoReply: { origin, enabled, error? }), or a bare boolean. */
export function parseSiteAuto(x: unknown): boolean | null {
  if (typeof x === 'boolean') return x;
  if (isObj(x) && typeof x.enabled === 'boolean') return x.enabled;
  return null;
}

/** Why the background could not turn a site on (SiteAutoReply.error), or null. */
export function siteAutoError(x: unknown): string | null {
  return isObj(x) && typeof x.error === 'string' && x.error ? x.error : null;
}

/**
 * The reason part of a no-article message: the status line already says there is no article, so a message
 * that starts by saying it again is shortened to its reason ("No article found on this page: a list of links"
 * → "a list of links"); null when nothing is left.
 */
export function reasonOnly(message: string | null): string | null {
  if (!message) return null;
  const rest = message.replace(/^\s*(no article (was )?found( on this page)?|لم يُ?عثر على مقال( في هذه الصفحة)?)\s*[.:،-]?\s*/i, '').trim();
  return rest || null;
}

/**
 * A per-site request that may have been cut short: the browser's permission prompt can close the popup
 * (the click handler's continuation dies with it), so the origin is written down before asking, and the
 * next popup or options page finishes the job when the permission was granted.
 */
export const PENDING_SITE_KEY = 'qari.pendingSiteAuto';
export const PENDING_SITE_TTL_MS = 10 * 60 * 1000;

export interface PendingSite {
  origin: string;
  at: number;
}

/** The pending origin when the stored value is one and still fresh at `now`, else null. */
export function freshPendingSite(stored: unknown, now: number): string | null {
  if (!isObj(stored) || typeof stored.origin !== 'string' || typeof stored.at !== 'number') return null;
  const age = now - stored.at;
  return age >= 0 && age <= PENDING_SITE_TTL_MS ? stored.origin : null;
}

/** A readable message from a rejected promise. */
export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'string') return e;
  return String(e);
}
