/**
 * UI strings through browser.i18n, from public/_locales/<lang>/messages.json (default_locale "ar").
 * The key type comes from the English file, so a misspelt key fails the typecheck; i18n.test.ts keeps
 * the Arabic and English files in step.
 */
import browser from 'webextension-polyfill';

export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

/** The message for `key` in the UI language, with $1…$9 replaced by `subs`. */
export function t(key: MessageKey, subs?: string | number | (string | number)[]): string {
  const list = subs === undefined ? undefined : (Array.isArray(subs) ? subs : [subs]).map(String);
  const text = browser.i18n.getMessage(key, list);
  // An empty answer means a key missing from the locale files: show the key rather than nothing.
  return text || key;
}

/** The browser's UI language as a BCP 47 tag ('ar', 'en-US'…). */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage() || 'ar';
}

/**
 * The direction of the messages in use. Read from the translation itself (the 'uiDir' message), so the page
 * direction always matches the language of the strings shown: Chrome's @@bidi_dir/@@ui_locale follow the
 * browser's UI locale, which can differ from the translation picked (seen in headless Chromium: Arabic
 * messages with @@bidi_dir "ltr"). @@bidi_dir is the fallback.
 */
export function uiDirection(): 'rtl' | 'ltr' {
  const own = browser.i18n.getMessage('uiDir');
  if (own === 'rtl' || own === 'ltr') return own;
  return browser.i18n.getMessage('@@bidi_dir') === 'ltr' ? 'ltr' : 'rtl';
}

/** The language of the messages in use ('ar' or 'en'), for lang attributes and number/date formats. */
export function messagesLocale(): string {
  return browser.i18n.getMessage('uiLocale') || (browser.i18n.getMessage('@@ui_locale') || 'ar').replace('_', '-');
}

/** Set lang and dir on the page and its title, before the first render. */
export function applyDocumentLocale(doc: Document, titleKey?: MessageKey): void {
  doc.documentElement.lang = messagesLocale();
  doc.documentElement.dir = uiDirection();
  if (titleKey) doc.title = t(titleKey);
}

/** A number in the UI locale's digits. */
export function formatNumber(n: number): string {
  try {
    return new Intl.NumberFormat(messagesLocale()).format(n);
  } catch {
    return String(n);
  }
}
