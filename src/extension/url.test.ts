import { describe, expect, it } from 'vitest';
import { isTrackingParam, normalizeUrl, originPattern, unsupportedReason } from './url.ts';

describe('normalizeUrl', () => {
  it('drops the fragment, tracking parameters, the default port and lower-cases the host', () => {
    expect(normalizeUrl('HTTPS://WWW.Example.COM:443/news/2021/12/02/Story.html?utm_source=fb&id=7&fbclid=abc#comments'))
      .toBe('https://www.example.com/news/2021/12/02/Story.html?id=7');
    expect(normalizeUrl('http://example.com:80/a')).toBe('http://example.com/a');
    expect(normalizeUrl('http://example.com:8080/a')).toBe('http://example.com:8080/a');
  });

  it('removes every kind of click identifier and campaign tag', () => {
    const u = 'https://x.org/p?gclid=1&mc_cid=2&mc_eid=3&yclid=4&_ga=5&utm_medium=6&UTM_Campaign=7&dclid=8&msclkid=9&_gl=10';
    expect(normalizeUrl(u)).toBe('https://x.org/p');
  });

  it('keeps parameters that select the article, in their order', () => {
    expect(normalizeUrl('https://x.org/news.aspx?id=5&page=2&utm_term=z')).toBe('https://x.org/news.aspx?id=5&page=2');
    expect(normalizeUrl('https://x.org/news?')).toBe('https://x.org/news');
  });

  it('keeps Arabic paths stable (percent-encoded either way gives one key)', () => {
    const a = normalizeUrl('https://x.org/خبر/لافروف?utm_source=t');
    const b = normalizeUrl('https://x.org/%D8%AE%D8%A8%D8%B1/%D9%84%D8%A7%D9%81%D8%B1%D9%88%D9%81');
    expect(a).toBe(b);
  });

  it('rejects what is not an absolute URL', () => {
    expect(normalizeUrl('not a url')).toBeNull();
    expect(normalizeUrl('/relative/path')).toBeNull();
  });

  it('classifies tracking parameter names', () => {
    expect(isTrackingParam('utm_content')).toBe(true);
    expect(isTrackingParam('mc_anything')).toBe(true);
    expect(isTrackingParam('id')).toBe(false);
    expect(isTrackingParam('page')).toBe(false);
  });
});

describe('unsupportedReason', () => {
  it('names the pages extensions cannot run on', () => {
    for (const u of ['chrome://extensions/', 'about:addons', 'about:blank', 'view-source:https://x.org/', 'edge://settings',
      'https://chromewebstore.google.com/detail/x', 'https://addons.mozilla.org/ar/firefox/', 'https://x.org/report.PDF',
      'chrome-extension://abc/popup.html', 'moz-extension://abc/popup.html', 'data:text/html,hi']) {
      expect(unsupportedReason(u), u).toBeTypeOf('string');
    }
    expect(unsupportedReason(null)).toBeTypeOf('string');
  });

  it('lets ordinary web pages through', () => {
    expect(unsupportedReason('https://akhbarelyom.com/news/newdetails/3600000/1/x')).toBeNull();
    expect(unsupportedReason('http://127.0.0.1:8080/page.html')).toBeNull();
  });
});

describe('originPattern', () => {
  it('gives the match pattern of one origin, without the port', () => {
    expect(originPattern('https://www.aljazeera.net')).toBe('https://www.aljazeera.net/*');
    expect(originPattern('http://127.0.0.1:5173')).toBe('http://127.0.0.1/*');
    expect(originPattern('chrome://newtab')).toBeNull();
    expect(originPattern('nonsense')).toBeNull();
  });
});
