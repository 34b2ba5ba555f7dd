import { join, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  contentTypeOf,
  externalLinkTarget,
  isAllowedPrintRequest,
  isAllowedRequest,
  isAppUrl,
  PDF_VIEWER_ORIGIN,
  isTrustedSender,
  rendererFile,
} from '../../main/electron/policy.ts';

const WINDOW = 7;
const top = (url: string) => ({ senderId: WINDOW, frame: { url, isTopLevel: true } });

describe('the shell: which sender may call the contract', () => {
  it('accepts only the app window’s top-level app://ropa page', () => {
    expect(isTrustedSender(top(`${APP_ORIGIN}/index.html`), WINDOW)).toBe(true);
    expect(isTrustedSender(top(`${APP_ORIGIN}/index.html#/activities`), WINDOW)).toBe(true);
  });

  it('refuses iframes, other windows, foreign pages, look-alike hosts and vanished frames', () => {
    expect(isTrustedSender({ senderId: WINDOW, frame: { url: `${APP_ORIGIN}/index.html`, isTopLevel: false } }, WINDOW)).toBe(false);
    expect(isTrustedSender({ ...top(`${APP_ORIGIN}/index.html`), senderId: WINDOW + 1 }, WINDOW)).toBe(false);
    expect(isTrustedSender(top(`${APP_ORIGIN}/index.html`), null)).toBe(false);
    expect(isTrustedSender({ senderId: WINDOW, frame: null }, WINDOW)).toBe(false);
    for (const url of [
      'https://ropa/index.html',
      'app://ropa.evil.example/index.html',
      'app://evil/ropa/index.html',
      'app://user:pw@ropa/index.html',
      'file:///C:/ROPA/index.html',
      'blob:app://ropa/5b1c',
      'data:text/html,<script>1</script>',
      'about:blank',
      'app:ropa',
      '',
    ]) {
      expect(isTrustedSender(top(url), WINDOW), url).toBe(false);
    }
  });

  it('never trusts a frame whose URL is not an app page (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string(), fc.constantFrom('app://ropa', 'app://ROPA/', 'app://ropa:1/')), (url) => {
        const trusted = isTrustedSender(top(url), WINDOW);
        expect(trusted).toBe(isAppUrl(url));
        if (trusted) expect(new URL(url).host).toBe('ropa');
      }),
      { numRuns: 300 },
    );
  });
});

describe('the shell: links to the outside', () => {
  it('offers only http(s) addresses with a host and no credentials', () => {
    expect(externalLinkTarget('https://www.dvi.gov.lv/lv')).toBe('https://www.dvi.gov.lv/lv');
    expect(externalLinkTarget('http://eur-lex.europa.eu/eli/reg/2016/679/oj')).toBe('http://eur-lex.europa.eu/eli/reg/2016/679/oj');
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'app://ropa/index.html',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'mailto:dpo@example.lv',
      'data:text/html,hi',
      'https://dvi.gov.lv@evil.example/',
      'https://user:pass@evil.example/',
      'https://',
      `https://example.lv/${'a'.repeat(3000)}`,
      'not a url',
    ]) {
      expect(externalLinkTarget(url), url).toBeNull();
    }
  });

  it('whatever it offers is http(s) (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string(), fc.constantFrom('HTTPS://X.LV', ' https://x.lv ')), (url) => {
        const target = externalLinkTarget(url);
        if (target !== null) expect(['http:', 'https:']).toContain(new URL(target).protocol);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the shell: no remote content', () => {
  it('lets the session load only the app protocol and in-memory data/blob URLs', () => {
    expect(isAllowedRequest(`${APP_ORIGIN}/assets/index.js`)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequest('blob:app://ropa/0f4e')).toBe(true);
    for (const url of ['https://fonts.googleapis.com/css', 'http://127.0.0.1:8080/', 'wss://example.lv/', 'file:///etc/passwd', 'ftp://x/', 'app://other/x', 'garbage']) {
      expect(isAllowedRequest(url), url).toBe(false);
    }
  });

  it('lets the app window load the built-in PDF viewer (the report preview) and no other extension', () => {
    expect(isAllowedRequest(`${PDF_VIEWER_ORIGIN}/index.html`)).toBe(true);
    expect(isAllowedRequest(`${PDF_VIEWER_ORIGIN}/pdf_viewer_wrapper.js`)).toBe(true);
    expect(isAllowedRequest('blob:app://ropa/5c1e-report')).toBe(true);
    for (const url of [
      'chrome-extension://otherextensionidotherextensionid/index.html',
      `chrome-extension://user:pw@${PDF_VIEWER_ORIGIN.slice('chrome-extension://'.length)}/index.html`,
      `${PDF_VIEWER_ORIGIN}:8080/index.html`,
      `${PDF_VIEWER_ORIGIN}.example.lv/index.html`,
      'chrome-extension://',
      'chrome://settings',
      `https://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html`,
    ]) {
      expect(isAllowedRequest(url), url).toBe(false);
    }
  });

  it('lets the print window load only its own PDF file and the built-in PDF viewer', () => {
    const pdf = 'file:///tmp/ropa-print-abc/registrs-2026-11-21.pdf';
    expect(isAllowedPrintRequest(pdf, pdf)).toBe(true);
    expect(isAllowedPrintRequest(`${PDF_VIEWER_ORIGIN}/index.html`, pdf)).toBe(true);
    expect(isAllowedPrintRequest('blob:chrome-extension://x/1', pdf)).toBe(true);
    for (const url of ['file:///tmp/ropa-print-abc/other.pdf', 'file:///etc/passwd', 'https://example.lv/a.pdf', 'chrome-extension://otherextension/x', `${APP_ORIGIN}/index.html`, 'garbage']) {
      expect(isAllowedPrintRequest(url, pdf), url).toBe(false);
    }
  });

  it('serves only files inside the renderer folder', () => {
    const dir = join(sep, 'opt', 'ropa', 'dist', 'renderer');
    expect(rendererFile(dir, `${APP_ORIGIN}/`)).toBe(join(dir, 'index.html'));
    expect(rendererFile(dir, `${APP_ORIGIN}/assets/index-abc.js`)).toBe(join(dir, 'assets', 'index-abc.js'));
    expect(rendererFile(dir, `${APP_ORIGIN}/assets/%C4%81.svg`)).toBe(join(dir, 'assets', 'ā.svg'));
    for (const url of [
      `${APP_ORIGIN}/../../../etc/passwd`,
      `${APP_ORIGIN}/%2e%2e/%2e%2e/etc/passwd`,
      `${APP_ORIGIN}/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd`,
      `${APP_ORIGIN}/..%5c..%5cwindows%5cwin.ini`,
      `${APP_ORIGIN}/%00index.html`,
      `${APP_ORIGIN}/%E0%A4%A`,
      `${APP_ORIGIN}//etc/passwd`,
      'app://other/index.html',
      'https://ropa/index.html',
    ]) {
      const file = rendererFile(dir, url);
      expect(file === null || file.startsWith(dir + sep), `${url} -> ${file}`).toBe(true);
    }
    fc.assert(
      fc.property(fc.webPath(), fc.string(), (path, junk) => {
        for (const url of [`${APP_ORIGIN}${path}`, `${APP_ORIGIN}/${encodeURIComponent(junk)}`, `${APP_ORIGIN}/${junk}`]) {
          const file = rendererFile(dir, url);
          if (file !== null) expect(file.startsWith(dir + sep)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
    expect(contentTypeOf('x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('x/unknown.bin')).toBe('application/octet-stream');
  });
});
