/**
 * Typed messages between popup, background and content script: one discriminated union each way,
 * checked at the boundary (a message from elsewhere is never trusted to have the right shape).
 */
import { ENTITY_TYPES, type Entity, type EntityType } from '../core/types.ts';

/** What the popup shows for a tab. */
export type TabStatus =
  | 'idle' // nothing done yet
  | 'working' // annotating now
  | 'done' // annotated (entities below)
  | 'no-article' // the page has no article
  | 'unsupported' // extensions cannot run here (browser pages, stores, PDFs)
  | 'error';

export interface TabState {
  status: TabStatus;
  /** A sentence for the status line or the reason (no article, unsupported page, error). */
  message: string | null;
  url: string | null;
  title: string | null;
  published: string | null;
  /** 'engine' when annotated now, 'cache' when served from the IndexedDB record. */
  source: 'engine' | 'cache' | null;
  /** Milliseconds the annotation took (detection + engine, or the cache read and re-anchoring). */
  ms: number | null;
  entities: Entity[];
  /** Entity types whose marks are hidden in the page. */
  hidden: EntityType[];
}

/** Requests handled by the background (from the popup or the options page). */
export type BackgroundRequest =
  | { type: 'annotate-tab'; tabId: number; force?: boolean }
  | { type: 'get-tab-state'; tabId: number }
  | { type: 'set-type-visible'; tabId: number; entityType: EntityType; visible: boolean }
  | { type: 'reveal-entity'; tabId: number; entityIndex: number }
  | { type: 'cache-stats' }
  | { type: 'cache-clear' }
  | { type: 'site-auto-get'; origin: string }
  | { type: 'site-auto-set'; origin: string; enabled: boolean }
  /** From the content script: look up / store the cache record for its page (the cache lives in the extension origin). */
  | { type: 'cache-get'; url: string; textHash: string }
  | { type: 'cache-put'; url: string; record: CachePayload }
  | { type: 'tab-state-update'; state: TabState };

/** What the content script asks the background to store. */
export interface CachePayload {
  title: string | null;
  published: string | null;
  textHash: string;
  engineVersion: string;
  entities: AnchoredEntity[];
}

/** A text-quote anchor (prefix/exact/suffix + position), as Hypothesis anchors annotations. */
export interface TextQuoteAnchor {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export interface AnchoredEntity extends Omit<Entity, 'mentions'> {
  mentions: TextQuoteAnchor[];
}

export interface CacheStats {
  pages: number;
  bytes: number;
  maxPages: number;
}

/** Requests handled by the content script (sent with tabs.sendMessage). */
export type ContentRequest =
  | { type: 'content-annotate'; force?: boolean }
  | { type: 'content-state' }
  | { type: 'content-set-visible'; entityType: EntityType; visible: boolean }
  | { type: 'content-reveal'; entityIndex: number }
  | { type: 'content-ping' };

const BACKGROUND_TYPES = new Set([
  'annotate-tab', 'get-tab-state', 'set-type-visible', 'reveal-entity', 'cache-stats', 'cache-clear',
  'site-auto-get', 'site-auto-set', 'cache-get', 'cache-put', 'tab-state-update',
]);
const CONTENT_TYPES = new Set(['content-annotate', 'content-state', 'content-set-visible', 'content-reveal', 'content-ping']);

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isEntityType(x: unknown): x is EntityType {
  return typeof x === 'string' && (ENTITY_TYPES as readonly string[]).includes(x);
}

const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/** Check a message received by the background; null when it is not one of ours. */
export function parseBackgroundRequest(msg: unknown): BackgroundRequest | null {
  if (!isObject(msg) || typeof msg.type !== 'string' || !BACKGROUND_TYPES.has(msg.type)) return null;
  switch (msg.type) {
    case 'annotate-tab':
    case 'get-tab-state':
      return isInt(msg.tabId) ? (msg as BackgroundRequest) : null;
    case 'set-type-visible':
      return isInt(msg.tabId) && isEntityType(msg.entityType) && typeof msg.visible === 'boolean' ? (msg as BackgroundRequest) : null;
    case 'reveal-entity':
      return isInt(msg.tabId) && isInt(msg.entityIndex) ? (msg as BackgroundRequest) : null;
    case 'cache-stats':
    case 'cache-clear':
      return msg as BackgroundRequest;
    case 'site-auto-get':
      return typeof msg.origin === 'string' ? (msg as BackgroundRequest) : null;
    case 'site-auto-set':
      return typeof msg.origin === 'string' && typeof msg.enabled === 'boolean' ? (msg as BackgroundRequest) : null;
    case 'cache-get':
      return typeof msg.url === 'string' && typeof msg.textHash === 'string' ? (msg as BackgroundRequest) : null;
    case 'cache-put':
      return typeof msg.url === 'string' && isObject(msg.record) && Array.isArray(msg.record.entities) ? (msg as BackgroundRequest) : null;
    case 'tab-state-update':
      return isObject(msg.state) && typeof msg.state.status === 'string' ? (msg as BackgroundRequest) : null;
  }
  return null;
}

/** Check a message received by the content script; null when it is not one of ours. */
export function parseContentRequest(msg: unknown): ContentRequest | null {
  if (!isObject(msg) || typeof msg.type !== 'string' || !CONTENT_TYPES.has(msg.type)) return null;
  switch (msg.type) {
    case 'content-set-visible':
      return isEntityType(msg.entityType) && typeof msg.visible === 'boolean' ? (msg as ContentRequest) : null;
    case 'content-reveal':
      return isInt(msg.entityIndex) ? (msg as ContentRequest) : null;
    default:
      return msg as ContentRequest;
  }
}

export function emptyTabState(url: string | null = null): TabState {
  return { status: 'idle', message: null, url, title: null, published: null, source: null, ms: null, entities: [], hidden: [] };
}

/** The background's answer to 'site-auto-get' and 'site-auto-set'. */
export interface SiteAutoReply {
  origin: string;
  /** True when the site's permission is granted and its content script registered. */
  enabled: boolean;
  /** Why it could not be turned on (permission refused, not a web site). */
  error?: string;
}
