import { describe, expect, it } from 'vitest';
import { originPattern as backgroundPattern } from '../url.ts';
import { hostOf, originFromPattern, originOfUrl, originPattern, parseOriginInput, sortOrigins } from './origins.ts';

describe('originOfUrl', () => {
  it('gives the origin of http(s) pages only', () => {
    expect(originOfUrl('https://www.aljazeera.net/news/2021/12/2/x?y=1#z')).toBe('https://www.aljazeera.net');
    expect(originOfUrl('http://127.0.0.1:8080/a')).toBe('http://127.0.0.1:8080');
    expect(originOfUrl('chrome://extensions')).toBeNull();
    expect(originOfUrl('about:blank')).toBeNull();
    expect(originOfUrl('file:///tmp/a.html')).toBeNull();
    expect(originOfUrl(undefined)).toBeNull();
    expect(originOfUrl('not a url')).toBeNull();
  });
});

describe('parseOriginInput', () => {
  it('accepts hosts and full URLs and normalises them', () => {
    expect(parseOriginInput('example.com')).toBe('https://example.com');
    expect(parseOriginInput('  https://www.Example.COM/news/1?x=2 ')).toBe('https://www.example.com');
    expect(parseOriginInput('http://example.com:80/')).toBe('http://example.com');
    expect(parseOriginInput('localhost:8080')).toBe('https://localhost:8080');
    expect(parseOriginInput('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173');
    expect(parseOriginInput('اليوم.السابع.com')).toMatch(/^https:\/\/xn--[a-z0-9]+\.xn--[a-z0-9]+\.com$/);
  });

  it('rejects what is not an http(s) site', () => {
    for (const bad of ['', '   ', 'news', 'javascript:alert(1)', 'mailto:a@b.c', 'ftp://example.com', 'chrome://settings',
      'https://user:pw@example.com', 'https://*.example.com', 'exa mple.com']) {
      expect(parseOriginInput(bad), bad).toBeNull();
    }
  });
});

describe('patterns', () => {
  it('round-trip between origins and match patterns', () => {
    expect(originPattern('https://example.com')).toBe('https://example.com/*');
    expect(originFromPattern('https://example.com/*')).toBe('https://example.com');
    expect(originPattern('http://127.0.0.1:8080')).toBe('http://127.0.0.1/*'); // patterns carry no port
    expect(originFromPattern('http://127.0.0.1/*')).toBe('http://127.0.0.1');
    for (const p of ['<all_urls>', '*://*/*', 'https://*.example.com/*', 'https://example.com/news/*']) {
      expect(originFromPattern(p), p).toBeNull();
    }
  });

  it('asks for exactly the pattern the background checks and registers', () => {
    for (const o of ['https://example.com', 'http://127.0.0.1:8080', 'https://www.xn--mgbh0fb.xn--kgbechtv', 'http://localhost:5173']) {
      expect(originPattern(o), o).toBe(backgroundPattern(o));
    }
  });

  it('shows hosts and sorts by host', () => {
    expect(hostOf('https://www.example.com')).toBe('www.example.com');
    expect(sortOrigins(['https://b.com', 'http://a.com', 'https://a.com', 'https://b.com'])).toEqual([
      'http://a.com', 'https://a.com', 'https://b.com',
    ]);
  });
});
