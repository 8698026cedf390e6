// The Content-Security-Policy of the served build (src/build/csp.ts): what it says, that Chromium
// enforces it, and that the speaker view and the print view (PDF) still work under it.

import { FILE_CHECK_SCRIPT } from '../../src/build/page.ts';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { speakerViewScriptHashes } from '../../src/build/csp.ts';
import { expectNoIncidentsAfterEach, printViewFacts, recordOtherPagesErrors, slidesOf, startDeckSession, type DeckSession } from '../support/deck-page.ts';

const html = () => readFileSync(join(inject('distDir'), 'index.html'), 'utf8');

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
}

function servedPolicy(): string {
  const metas = [...html().matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)];
  expect(metas).toHaveLength(1);
  return metas[0]![1]!.replace(/&quot;/g, '"');
}

/** Appends an inline <script> in `page`; reports whether it ran and the violation, if any. */
function tryInlineScript(page: Page): Promise<{ ran: boolean; directive: string | null; policy: string | null }> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const w = window as unknown as { __inlineRan?: boolean };
        document.addEventListener('securitypolicyviolation', (e) => resolve({ ran: w.__inlineRan === true, directive: e.effectiveDirective, policy: e.originalPolicy }), { once: true });
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true';
        document.head.append(script);
        // An inline script that is allowed runs as it is inserted; one that is refused fires the
        // violation event above. No timer: a busy machine only delays the event.
        if (w.__inlineRan === true) resolve({ ran: true, directive: null, policy: null });
      }),
  );
}

describe('the served build’s Content-Security-Policy', () => {
  it('is one meta tag, first in <head>, and the page has no inline script or event handler', () => {
    const page = html();
    const head = page.slice(page.indexOf('<head>'), page.indexOf('</head>'));
    const firstTags = [...head.matchAll(/<(meta|link|script|style|title)\b[^>]*>/g)].map((m) => m[0]).slice(0, 2);
    expect(firstTags[0]).toMatch(/^<meta charset=/);
    expect(firstTags[1]).toMatch(/^<meta http-equiv="Content-Security-Policy"/);
    for (const [, attrs, body] of page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      // The bundle, and the classic script that notices a page opened from file://.
      expect(attrs).toMatch(new RegExp(`\\bsrc="\\./(?:assets/[^"]+\\.js|${FILE_CHECK_SCRIPT.replace('.', '\\.')})"`));
      expect(body!.trim()).toBe('');
    }
    expect(page).not.toMatch(/\son[a-z]+\s*=/i);
    // One inline style: the no-script layout, which applies only with scripts off.
    expect([...page.matchAll(/<style\b/g)]).toHaveLength(1);
    expect(head).toMatch(/<noscript><style>[^<]+<\/style><\/noscript>/);
  });

  it('allows scripts, fonts, images and connections from the deck’s own origin only, no eval, and the speaker-view script by hash', () => {
    const policy = servedPolicy();
    const d = directives(policy);
    expect(policy).not.toMatch(/unsafe-eval|unsafe-hashes|\*|https?:|blob:/);
    expect(d.get('default-src')).toEqual(["'none'"]);
    // The one inline script allowed is reveal's speaker view, hashed from the plugin's own source.
    const notesPlugin = join(dirname(createRequire(import.meta.url).resolve('reveal.js')), 'plugin/notes.mjs');
    const speaker = speakerViewScriptHashes(readFileSync(notesPlugin, 'utf8'));
    expect(speaker).toHaveLength(1);
    expect(d.get('script-src')).toEqual(["'self'", ...speaker]);
    expect(d.get('font-src')).toEqual(["'self'"]);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(d.get('img-src')).toEqual(["'self'", 'data:']); // data: = reveal.css's overlay icons
    expect(d.get('frame-src')).toEqual(["'self'"]);
    expect(d.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]); // reveal injects <style> (print @page)
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
  });
});

describe('Chromium presenting under the policy', () => {
  let s: DeckSession;
  let otherErrors: string[];
  beforeAll(async () => {
    s = await startDeckSession();
    otherErrors = recordOtherPagesErrors(s.context, s.page);
    await s.open();
  });
  afterAll(async () => s?.close());
  // Each test: no CSP violation or any other error while presenting or printing.
  // (The speaker view's own errors are checked in its test; the probe tab's refusals are expected.)
  expectNoIncidentsAfterEach(() => s);

  it('runs the speaker view: its own script is allowed by hash, and the popup refuses any other inline script', async () => {
    const [popup] = await Promise.all([s.context.waitForEvent('page'), s.page.keyboard.press('s')]);
    await popup.waitForLoadState('load');
    const notes = await s.page.evaluate(() => document.querySelector('.reveal .slides section aside.notes')!.textContent!.replace(/\s+/g, ' ').trim());
    await expect.poll(async () => (await popup.locator('.speaker-controls-notes .value').textContent())?.replace(/\s+/g, ' ').trim(), { timeout: 15_000 }).toBe(notes);
    expect(otherErrors, 'speaker view errors').toEqual([]);
    // The about:blank popup inherits the deck's policy (it is not running unprotected).
    expect(await tryInlineScript(popup)).toEqual({ ran: false, directive: 'script-src-elem', policy: servedPolicy() });
    await popup.close();
  });

  it('runs the print view: pdf-ready, reveal’s @page size applied, and the PDF pages have that size', async () => {
    const slideCount = (await slidesOf(s.page)).length;
    await s.open('?view=print', 'pdf-ready');
    const print = await printViewFacts(s.page);
    expect(print.size).toBe(print.expected);
    expect(print.pages).toBeGreaterThanOrEqual(slideCount);

    const pdf = await PDFDocument.load(await s.page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const [w, h] = print.expected.split(' ').map((v) => (parseFloat(v) * 72) / 96); // CSS px → PDF points
    expect(pdf.getPageCount()).toBe(print.pages);
    for (const page of pdf.getPages()) {
      expect(page.getWidth()).toBeCloseTo(w!, 0);
      expect(page.getHeight()).toBeCloseTo(h!, 0);
    }
  });

  it('enforces it: an injected inline script and eval() are refused', async () => {
    // In a second tab, after the other checks: the violations provoked here are expected.
    const probe = await s.context.newPage();
    await probe.goto(s.url);
    await probe.waitForSelector('html[data-deck-state="ready"]');
    expect(await tryInlineScript(probe)).toEqual({ ran: false, directive: 'script-src-elem', policy: servedPolicy() });
    // eval from a later task of the page itself: code run by the test driver is exempt from CSP.
    const evalResult = await probe.evaluate(
      () =>
        new Promise<string>((resolve) =>
          setTimeout(() => {
            try {
              resolve(String(eval('1 + 1')));
            } catch (error) {
              resolve((error as Error).name);
            }
          }),
        ),
    );
    expect(evalResult).toBe('EvalError');
    await probe.close();
  });
});
