/**
 * The popup: asks the background to annotate the active tab, follows its state, and shows the summary.
 * Logic lives in state.ts and ../summary.ts; this file wires events to them.
 */
import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import type { TargetedEvent, TargetedKeyboardEvent } from 'preact';
import browser from 'webextension-polyfill';
import type { EntityType } from '../../core/types.ts';
import { formatNumber, messagesLocale, t } from '../i18n.ts';
import type { BackgroundRequest } from '../messages.ts';
import { hostOf, originOfUrl, originPattern } from '../options/origins.ts';
import {
  displayValue,
  exportFileName,
  filterSummary,
  flatEntries,
  formatPublished,
  summarize,
  toCSV,
  toJSON,
  totals,
  UTF8_BOM,
  type SummaryEntry,
  type SummaryGroup,
} from '../summary.ts';
import { clearPendingSite, copyText, downloadText, finishPendingSite, notePendingSite, send } from './api.ts';
import { ENTITY_COLORS } from './colors.ts';
import {
  errorText,
  GROUP_LABEL_KEY,
  initialPopupState,
  isFinal,
  moveFocus,
  parseSiteAuto,
  parseTabState,
  popupReducer,
  siteAutoError,
  statusLine,
  type PopupState,
} from './state.ts';

const POLL_MS = 300;

export function App() {
  const [s, dispatch] = useReducer(popupReducer, undefined, initialPopupState);
  const latest = useRef<PopupState>(s);
  latest.current = s;
  const filterRef = useRef<HTMLInputElement>(null);
  const entryRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const pollTimer = useRef<number | undefined>(undefined);
  // Roving tabindex: the list of entries is one Tab stop; arrow keys move inside it.
  const [activeEntry, setActiveEntry] = useState(0);

  // ---- talking to the background ----

  const request = (req: BackgroundRequest) => send(req);

  /** Poll 'get-tab-state' until the status is final (pushes through onMessage may arrive first). */
  const poll = (tabId: number) => {
    window.clearTimeout(pollTimer.current);
    pollTimer.current = window.setTimeout(() => {
      const cur = latest.current;
      if (isFinal(cur.tab.status) && !cur.pending) return;
      if (cur.failure) return;
      request({ type: 'get-tab-state', tabId })
        .then((reply) => {
          const st = parseTabState(reply);
          if (st) dispatch({ type: 'state', state: st });
        })
        .catch((e) => dispatch({ type: 'failed', message: errorText(e) }))
        .finally(() => poll(tabId));
    }, POLL_MS);
  };

  const annotate = (tabId: number, force: boolean) => {
    dispatch({ type: 'annotate-start' });
    request({ type: 'annotate-tab', tabId, ...(force ? { force: true } : {}) })
      .then((reply) => {
        const st = parseTabState(reply);
        if (st) dispatch({ type: 'state', state: st });
      })
      .catch((e) => dispatch({ type: 'failed', message: errorText(e) }));
    poll(tabId);
  };

  useEffect(() => {
    let tabId: number | null = null;
    let tabUrl: string | null = null;
    // Pushed updates: from the content script of our tab directly, or relayed by the background.
    // The listener returns nothing, so it never answers (and never steals) a message meant for the background.
    const onMessage = (msg: unknown, sender: browser.Runtime.MessageSender): undefined => {
      if (tabId === null || typeof msg !== 'object' || msg === null) return;
      const m = msg as { type?: unknown; state?: unknown; tabId?: unknown };
      if (m.type !== 'tab-state-update') return;
      if (sender.tab ? sender.tab.id !== tabId : typeof m.tabId === 'number' && m.tabId !== tabId) return;
      const st = parseTabState(m.state);
      if (!st) return;
      if (!sender.tab && st.url && tabUrl && st.url !== tabUrl && m.tabId === undefined) return; // another tab's page
      dispatch({ type: 'state', state: st });
    };
    browser.runtime.onMessage.addListener(onMessage);

    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => {
        if (!tab || tab.id === undefined) {
          dispatch({ type: 'no-tab' });
          return;
        }
        tabId = tab.id;
        tabUrl = tab.url ?? null;
        const origin = originOfUrl(tab.url);
        dispatch({ type: 'tab-found', tabId: tab.id, url: tabUrl, title: tab.title ?? null, origin });
        if (origin) {
          // First finish a per-site request that a permission prompt cut short, then read the setting.
          finishPendingSite()
            .catch(() => null)
            .then(() => request({ type: 'site-auto-get', origin }))
            .then((r) => dispatch({ type: 'site-auto', enabled: parseSiteAuto(r) }))
            .catch(() => dispatch({ type: 'site-auto', enabled: null }));
        }
        annotate(tab.id, false);
      })
      .catch((e) => dispatch({ type: 'failed', message: errorText(e) }));

    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      window.clearTimeout(pollTimer.current);
    };
  }, []);

  // Escape clears the filter (and keeps the popup open); with an empty filter it closes the popup as usual.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && latest.current.filter) {
        e.preventDefault();
        dispatch({ type: 'filter', value: '' });
        filterRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // ---- derived data ----

  const groups = useMemo(() => summarize(s.tab.entities), [s.tab.entities]);
  const shown = useMemo(() => filterSummary(groups, s.filter), [groups, s.filter]);
  const all = totals(groups);
  const entries = flatEntries(shown);
  entryRefs.current.length = entries.length;
  const tabStop = Math.min(activeEntry, Math.max(entries.length - 1, 0));
  const status = statusLine(s, t, formatNumber);
  const title = s.tab.title ?? (s.tab.status === 'done' ? s.tabTitle : null);
  const locale = messagesLocale();

  // ---- actions ----

  const notify = (text: string, tone: 'info' | 'error' = 'info') => dispatch({ type: 'notice', notice: { text, tone } });

  const setVisible = (entityType: EntityType, visible: boolean) => {
    if (s.tabId === null) return;
    dispatch({ type: 'type-visible', entityType, visible });
    request({ type: 'set-type-visible', tabId: s.tabId, entityType, visible })
      .then((reply) => {
        const st = parseTabState(reply);
        if (st && isFinal(st.status)) dispatch({ type: 'state', state: st });
      })
      .catch((e) => {
      dispatch({ type: 'type-visible', entityType, visible: !visible });
      notify(t('statusErrorDetail', errorText(e)), 'error');
    });
  };

  const reveal = (entry: SummaryEntry) => {
    if (s.tabId === null) return;
    if (s.tab.hidden.includes(entry.type)) setVisible(entry.type, true);
    request({ type: 'reveal-entity', tabId: s.tabId, entityIndex: entry.index }).catch((e) =>
      notify(t('statusErrorDetail', errorText(e)), 'error'),
    );
  };

  const exportMeta = () => ({
    url: s.tab.url,
    title: s.tab.title ?? s.tabTitle,
    published: s.tab.published,
    exportedAt: new Date().toISOString(),
  });

  const copy = (kind: 'json' | 'csv') => {
    const text = kind === 'json' ? toJSON(exportMeta(), shown) : toCSV(shown);
    copyText(text).then(
      () => notify(t('copied', kind.toUpperCase())),
      () => notify(t('copyFailed'), 'error'),
    );
  };

  const download = (kind: 'json' | 'csv') => {
    const meta = exportMeta();
    const name = exportFileName(meta.url, meta.exportedAt, kind);
    if (kind === 'json') downloadText(toJSON(meta, shown), name, 'application/json;charset=utf-8');
    else downloadText(UTF8_BOM + toCSV(shown), name, 'text/csv;charset=utf-8');
    notify(t('downloaded', name));
  };

  // The permission request must be the first thing the click handler does: any await before it loses the
  // user gesture (Firefox refuses the request then).
  const onSiteAuto = (e: TargetedEvent<HTMLInputElement>) => {
    const origin = s.origin;
    if (!origin) return;
    const enabled = e.currentTarget.checked;
    const host = hostOf(origin);
    if (enabled) {
      notePendingSite(origin);
      const asked = browser.permissions.request({ origins: [originPattern(origin)] });
      dispatch({ type: 'site-auto', enabled: true });
      asked
        .then(async (granted) => {
          if (!granted) {
            clearPendingSite();
            dispatch({ type: 'site-auto', enabled: false });
            notify(t('permissionDenied'), 'error');
            return;
          }
          const reply = await request({ type: 'site-auto-set', origin, enabled: true });
          clearPendingSite();
          const err = siteAutoError(reply);
          const on = parseSiteAuto(reply) ?? err === null;
          dispatch({ type: 'site-auto', enabled: on });
          if (on) notify(t('siteAutoOn', host));
          else notify(t('siteAutoFailed', err ?? '?'), 'error');
        })
        .catch((err) => {
          dispatch({ type: 'site-auto', enabled: false });
          notify(t('siteAutoFailed', errorText(err)), 'error');
        });
    } else {
      dispatch({ type: 'site-auto', enabled: false });
      request({ type: 'site-auto-set', origin, enabled: false })
        .then(async (r) => {
          dispatch({ type: 'site-auto', enabled: parseSiteAuto(r) ?? false });
          // Give the host permission back; a permission the manifest requires cannot be removed (ignored).
          await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
          notify(t('siteAutoOff', host));
        })
        .catch((err) => {
          dispatch({ type: 'site-auto', enabled: true });
          notify(t('siteAutoFailed', errorText(err)), 'error');
        });
    }
  };

  const onEntryKey = (i: number) => (e: TargetedKeyboardEvent<HTMLButtonElement>) => {
    const to = moveFocus(i, e.key, entries.length);
    if (to === null) return;
    e.preventDefault();
    entryRefs.current[to]?.focus();
  };

  const onFilterKey = (e: TargetedKeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && entries.length > 0) {
      e.preventDefault();
      entryRefs.current[tabStop]?.focus();
    }
  };

  // ---- rendering ----

  let n = 0; // running index over all listed entries, for arrow-key focus
  const renderEntry = (entry: SummaryEntry) => {
    const i = n++;
    const label = [entry.name, entry.role, entry.value && displayValue(entry.value), t('mentionCount', formatNumber(entry.mentions))]
      .filter(Boolean)
      .join('، ');
    return (
      <li key={entry.index}>
        <button
          type="button"
          class="entry"
          ref={(el) => {
            entryRefs.current[i] = el;
          }}
          aria-label={label}
          title={t('revealLabel', entry.name)}
          tabIndex={i === tabStop ? 0 : -1}
          onFocus={() => setActiveEntry(i)}
          onClick={() => reveal(entry)}
          onKeyDown={onEntryKey(i)}
        >
          <span class="entry-text">
            <span class="entry-name" dir="auto">
              {entry.name}
            </span>
            {entry.role && (
              <span class="entry-role" dir="auto">
                {entry.role}
              </span>
            )}
            {entry.value && (
              <span class="entry-value">
                <span aria-hidden="true">{t('dateArrow')}</span> <bdi dir="ltr">{displayValue(entry.value)}</bdi>
              </span>
            )}
          </span>
          <span class="count" aria-hidden="true">
            {formatNumber(entry.mentions)}
          </span>
        </button>
      </li>
    );
  };

  const renderGroup = (g: SummaryGroup) => {
    if (g.entries.length === 0) return null;
    const label = t(GROUP_LABEL_KEY[g.type]);
    const visible = !s.tab.hidden.includes(g.type);
    const color = ENTITY_COLORS[g.type].swatch;
    const headingId = `group-${g.type}`;
    return (
      <section class={'group' + (visible ? '' : ' marks-hidden')} key={g.type} aria-labelledby={headingId}>
        <div class="group-head">
          <button
            type="button"
            class={'type-toggle' + (visible ? '' : ' off')}
            aria-pressed={visible}
            aria-label={t('marksToggleLabel', label)}
            title={`${t('marksToggleLabel', label)}: ${visible ? t('marksShown') : t('marksHidden')}`}
            style={{ '--swatch': color }}
            onClick={() => setVisible(g.type, !visible)}
          >
            <span class="swatch" aria-hidden="true" />
            <EyeIcon open={visible} />
          </button>
          <h2 id={headingId}>{label}</h2>
          <span class="group-count">{t('mentionCount', formatNumber(g.mentions))}</span>
        </div>
        <ul class="entries" style={{ '--swatch': color }}>
          {g.entries.map(renderEntry)}
        </ul>
      </section>
    );
  };

  const done = s.tab.status === 'done';
  const canRetry = s.tabId !== null && (isFinal(s.tab.status) || s.failure !== null) && s.tab.status !== 'unsupported';

  return (
    <div class="popup">
      <header class="top">
        <div class="brand">
          <img src="/icons/icon-32.png" width={20} height={20} alt="" />
          <h1>{t('extName')}</h1>
        </div>
        <div class="top-actions">
          {canRetry && (
            <button type="button" class="icon-button" onClick={() => s.tabId !== null && annotate(s.tabId, true)} title={t('reannotate')}>
              {t('reannotate')}
            </button>
          )}
          <button type="button" class="icon-button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('openOptions')}
          </button>
        </div>
      </header>

      <p class={`status status-${status.tone}`} role="status" aria-live="polite">
        {status.tone === 'busy' && <span class="spinner" aria-hidden="true" />}
        <span>{status.text}</span>
        {status.detail && (
          <span class="status-detail" dir="auto">
            {status.detail}
          </span>
        )}
      </p>

      {(title || s.tab.published) && (
        <div class="article">
          {title && (
            <p class="article-title" dir="auto">
              {title}
            </p>
          )}
          {s.tab.published && <p class="article-date">{t('published', formatPublished(s.tab.published, locale))}</p>}
          {done && <p class="article-totals">{t('totals', [formatNumber(all.entities), formatNumber(all.mentions)])}</p>}
        </div>
      )}

      {done && all.entities > 0 && (
        <div class="filter">
          <input
            ref={filterRef}
            type="search"
            value={s.filter}
            placeholder={t('filterPlaceholder')}
            aria-label={t('filterLabel')}
            onInput={(e) => dispatch({ type: 'filter', value: e.currentTarget.value })}
            onKeyDown={onFilterKey}
            autoFocus
          />
          {s.filter && (
            <button
              type="button"
              class="clear"
              aria-label={t('filterClear')}
              title={t('filterClear')}
              onClick={() => {
                dispatch({ type: 'filter', value: '' });
                filterRef.current?.focus();
              }}
            >
              ×
            </button>
          )}
        </div>
      )}

      {done && all.entities === 0 && <p class="empty">{t('noEntities')}</p>}
      {done && all.entities > 0 && entries.length === 0 && <p class="empty">{t('noMatches', s.filter.trim())}</p>}
      {done && entries.length > 0 && (
        <div class="groups" aria-label={t('entriesLabel')} role="region">
          {shown.map(renderGroup)}
        </div>
      )}

      {done && entries.length > 0 && (
        <section class="export" aria-labelledby="export-heading">
          <h2 id="export-heading">{t('exportHeading')}</h2>
          <div class="export-buttons">
            <span class="export-label" aria-hidden="true">{t('copyLabel')}</span>
            <button type="button" aria-label={t('copyJson')} onClick={() => copy('json')}>JSON</button>
            <button type="button" aria-label={t('copyCsv')} onClick={() => copy('csv')}>CSV</button>
            <span class="export-label" aria-hidden="true">{t('downloadLabel')}</span>
            <button type="button" aria-label={t('downloadJson')} onClick={() => download('json')}>JSON</button>
            <button type="button" aria-label={t('downloadCsv')} onClick={() => download('csv')}>CSV</button>
          </div>
          {s.filter.trim() && <p class="hint">{t('exportFiltered')}</p>}
        </section>
      )}

      {s.origin && s.tab.status !== 'unsupported' && (
        <label class="site-auto">
          <input type="checkbox" checked={s.siteAuto === true} disabled={s.siteAuto === null} onChange={onSiteAuto} />
          <span>{t('siteAuto', hostOf(s.origin))}</span>
        </label>
      )}

      <p class={'notice' + (s.notice?.tone === 'error' ? ' notice-error' : '')} role="status" aria-live="polite">
        {s.notice?.text ?? ''}
      </p>
    </div>
  );
}

function EyeIcon({ open }: { open: boolean }) {
  return (
    <svg class="eye" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z" fill="none" stroke="currentColor" stroke-width="2" />
      <circle cx="12" cy="12" r="3" fill="currentColor" />
      {!open && <path d="M4 20 20 4" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />}
    </svg>
  );
}
