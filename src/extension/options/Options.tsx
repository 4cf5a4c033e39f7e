/**
 * The options page: cache statistics and clearing, the sites annotated automatically, and an about
 * section. Logic in origins.ts / format.ts; this file wires events to messages.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import browser from 'webextension-polyfill';
import { formatNumber, messagesLocale, t } from '../i18n.ts';
import type { CacheStats } from '../messages.ts';
import { clearPendingSite, finishPendingSite, notePendingSite, send } from '../popup/api.ts';
import { errorText, parseSiteAuto, siteAutoError } from '../popup/state.ts';
import { formatBytes, parseCacheStats } from './format.ts';
import { hostOf, originFromPattern, originPattern, parseOriginInput, sortOrigins } from './origins.ts';

interface Notice {
  text: string;
  tone: 'info' | 'error';
}

/**
 * The origins annotated automatically: those with a granted host permission (the setting is what the
 * permission is asked for) that the background confirms are enabled.
 */
async function loadSites(): Promise<string[]> {
  const granted = await browser.permissions.getAll();
  const origins = sortOrigins((granted.origins ?? []).map(originFromPattern).filter((o): o is string => o !== null));
  const enabled = await Promise.all(
    origins.map((origin) => send({ type: 'site-auto-get', origin }).then(parseSiteAuto, () => null)),
  );
  return origins.filter((_, i) => enabled[i] === true);
}

export function Options() {
  const locale = messagesLocale();
  const [stats, setStats] = useState<CacheStats | null>(null);
  const [statsError, setStatsError] = useState<string | null>(null);
  const [sites, setSites] = useState<string[] | null>(null);
  const [input, setInput] = useState('');
  const [inputError, setInputError] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const refreshStats = () =>
    send({ type: 'cache-stats' }).then(
      (r) => {
        const st = parseCacheStats(r);
        setStats(st);
        setStatsError(st ? null : t('cacheUnavailable', String(r)));
      },
      (e) => setStatsError(t('cacheUnavailable', errorText(e))),
    );

  const refreshSites = () =>
    loadSites().then(setSites, (e) => {
      setSites([]);
      setNotice({ text: t('siteAutoFailed', errorText(e)), tone: 'error' });
    });

  useEffect(() => {
    void refreshStats();
    void finishPendingSite()
      .catch(() => null)
      .then(() => refreshSites());
  }, []);

  const clearCache = () => {
    setBusy(true);
    send({ type: 'cache-clear' })
      .then(() => refreshStats())
      .then(
        () => setNotice({ text: t('cacheCleared'), tone: 'info' }),
        (e) => setNotice({ text: t('cacheUnavailable', errorText(e)), tone: 'error' }),
      )
      .finally(() => setBusy(false));
  };

  // The permission request must come first in the submit handler, while the user gesture lasts.
  const addSite = (e: TargetedEvent<HTMLFormElement>) => {
    e.preventDefault();
    const origin = parseOriginInput(input);
    if (!origin) {
      setInputError(true);
      setNotice({ text: t('siteInvalid'), tone: 'error' });
      inputRef.current?.focus();
      return;
    }
    setInputError(false);
    notePendingSite(origin);
    browser.permissions
      .request({ origins: [originPattern(origin)] })
      .then(async (granted) => {
        if (!granted) {
          clearPendingSite();
          setNotice({ text: t('permissionDenied'), tone: 'error' });
          return;
        }
        const reply = await send({ type: 'site-auto-set', origin, enabled: true });
        clearPendingSite();
        const err = siteAutoError(reply);
        if (parseSiteAuto(reply) === false || err) {
          setNotice({ text: t('siteAutoFailed', err ?? '?'), tone: 'error' });
          return;
        }
        setInput('');
        setNotice({ text: t('siteAdded', hostOf(origin)), tone: 'info' });
        await refreshSites();
      })
      .catch((err) => setNotice({ text: t('siteAutoFailed', errorText(err)), tone: 'error' }));
  };

  const removeSite = (origin: string) => {
    send({ type: 'site-auto-set', origin, enabled: false })
      .then(async () => {
        await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
        setNotice({ text: t('siteRemoved', hostOf(origin)), tone: 'info' });
        await refreshSites();
        inputRef.current?.focus();
      })
      .catch((err) => setNotice({ text: t('siteAutoFailed', errorText(err)), tone: 'error' }));
  };

  return (
    <main class="options">
      <header class="head">
        <img src="/icons/icon-48.png" width={32} height={32} alt="" />
        <h1>{t('optionsTitle')}</h1>
      </header>

      <section aria-labelledby="cache-h">
        <h2 id="cache-h">{t('cacheHeading')}</h2>
        <p class="explain">{t('cacheExplain')}</p>
        <p class="stats" role="status" aria-live="polite">
          {stats
            ? t('cacheStats', [formatNumber(stats.pages), formatNumber(stats.maxPages), formatBytes(stats.bytes, locale)])
            : statsError ?? t('cacheLoading')}
        </p>
        <button type="button" onClick={clearCache} disabled={busy || stats?.pages === 0}>
          {t('cacheClear')}
        </button>
      </section>

      <section aria-labelledby="sites-h">
        <h2 id="sites-h">{t('sitesHeading')}</h2>
        <p class="explain">{t('sitesExplain')}</p>
        {sites === null ? (
          <p class="muted">{t('cacheLoading')}</p>
        ) : sites.length === 0 ? (
          <p class="muted">{t('sitesEmpty')}</p>
        ) : (
          <ul class="sites" aria-label={t('sitesListLabel')}>
            {sites.map((origin) => (
              <li key={origin}>
                <bdi dir="ltr" class="origin">
                  {origin}
                </bdi>
                <button type="button" aria-label={t('siteRemoveLabel', hostOf(origin))} onClick={() => removeSite(origin)}>
                  {t('siteRemove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="add" onSubmit={addSite} noValidate>
          <label for="site-input">{t('siteInputLabel')}</label>
          <div class="add-row">
            <input
              id="site-input"
              ref={inputRef}
              type="url"
              dir="ltr"
              inputMode="url"
              autoComplete="url"
              spellcheck={false}
              placeholder={t('siteInputPlaceholder')}
              value={input}
              aria-invalid={inputError}
              onInput={(e) => {
                setInput(e.currentTarget.value);
                setInputError(false);
              }}
            />
            <button type="submit">{t('siteAdd')}</button>
          </div>
        </form>
      </section>

      <p class={'notice' + (notice?.tone === 'error' ? ' notice-error' : '')} role="status" aria-live="polite">
        {notice?.text ?? ''}
      </p>

      <section aria-labelledby="about-h">
        <h2 id="about-h">{t('aboutHeading')}</h2>
        <p>{t('aboutWhat')}</p>
        <p>{t('aboutPrivacy')}</p>
        <p class="muted">{t('aboutVersion', browser.runtime.getManifest().version)}</p>
      </section>
    </main>
  );
}
