// Valid HTML by the W3C Nu HTML Checker (vnu-jar, run with Java): the built index.html, the
// single file (out/deck.html) and the DOM as it stands once the deck is ready (reveal.js has
// added its controls, slide number, live region and state), served and from file://.
// Errors: none. Warnings: only those listed below, each with the reason it stays.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/load/load-deck.ts';
import { startDeckSession, startFileSession, type DeckPage } from '../support/deck-page.ts';
import { sharedSingleFile } from '../support/shared.ts';
import { vnuCheck, type VnuMessage } from '../support/vnu.ts';

const DIR = resolve(PROJECT_ROOT, 'out/test-vnu');

/** Warnings that stay, with why. Any other warning fails. */
const KEPT_WARNINGS: { readonly pattern: RegExp; readonly in: 'checked as a file' | 'rendered'; readonly reason: string }[] = [
  {
    pattern: /^Resource violates Content Security Policy \(meta tag\): external (script|stylesheet) “\.\/(?:assets\/[^”]+|opened-from-file\.js)” blocked by “(script|style)-src” directive\.$/,
    in: 'checked as a file',
    reason:
      "The checker reads the page from a file: URL, where the policy's 'self' cannot match the deck's own ./assets files. " +
      'Served over http they are same-origin, and Chromium enforces the policy (tests/browser/csp.test.ts). The checker refuses to fetch from 127.0.0.1.',
  },
  {
    pattern: /^Attribute “aria-hidden” is unnecessary for elements that have attribute “hidden”\.$/,
    in: 'rendered',
    reason: 'reveal.js marks the slides out of view both hidden and aria-hidden, and sets both again on every slide change. Redundant, not wrong.',
  },
];

describe('W3C Nu HTML Checker', () => {
  let files: { name: string; path: string; rendered: boolean }[];
  let results: Map<string, VnuMessage[]>;
  const sessions: DeckPage[] = [];

  /** The document as the browser holds it, serialised (doctype + <html>). */
  async function renderedDom(page: DeckPage, out: string): Promise<string> {
    await page.open();
    const html = await page.page.evaluate(() => `<!DOCTYPE html>\n${document.documentElement.outerHTML}`);
    writeFileSync(out, html);
    return out;
  }

  beforeAll(async () => {
    mkdirSync(DIR, { recursive: true });
    const SINGLE = (await sharedSingleFile()).file;
    const served = await startDeckSession();
    sessions.push(served);
    const fromFile = await startFileSession(SINGLE);
    sessions.push(fromFile);
    files = [
      { name: 'dist/index.html', path: join(inject('distDir'), 'index.html'), rendered: false },
      { name: 'out/deck.html', path: SINGLE, rendered: false },
      { name: 'rendered DOM (served build, ready)', path: await renderedDom(served, join(DIR, 'rendered-served.html')), rendered: true },
      { name: 'rendered DOM (single file, ready)', path: await renderedDom(fromFile, join(DIR, 'rendered-single.html')), rendered: true },
    ];
    results = vnuCheck(files.map((f) => f.path));
  });
  afterAll(async () => {
    for (const s of sessions) await s.close();
  });

  it('finds no error in dist/index.html, out/deck.html or the DOM of the ready deck', () => {
    const errors = files.flatMap((f) => (results.get(f.path) ?? []).filter((m) => m.kind === 'error').map((m) => `${f.name}:${m.line}: ${m.message} [${m.extract}]`));
    expect(errors).toEqual([]);
  });

  it('gives no warning but the ones kept on purpose (listed with their reason)', () => {
    const unexpected = files.flatMap((f) =>
      (results.get(f.path) ?? [])
        .filter((m) => m.kind === 'warning')
        .filter((m) => !KEPT_WARNINGS.some((w) => w.pattern.test(m.message) && (w.in === 'rendered' ? f.rendered : true)))
        .map((m) => `${f.name}:${m.line}: ${m.message} [${m.extract}]`),
    );
    expect(unexpected).toEqual([]);
    const kept = files.map((f) => `${f.name}: ${(results.get(f.path) ?? []).filter((m) => m.kind === 'warning').length} kept warnings`);
    console.info(`Nu HTML Checker: ${kept.join('; ')}`);
  });

  it('the ready DOM really is the running deck (controls, slide number, live region are in it)', async () => {
    const served = sessions[0]!;
    const facts = await served.page.evaluate(() => ({
      controls: document.querySelectorAll('.reveal .controls button').length,
      arrows: document.querySelectorAll('.reveal .controls button > span.controls-arrow').length,
      divInButton: document.querySelectorAll('button div').length,
      live: document.querySelectorAll('.reveal [aria-live]').length,
      number: document.querySelector('.reveal .slide-number')?.textContent ?? '',
    }));
    expect(facts.controls).toBeGreaterThanOrEqual(4);
    expect(facts.arrows).toBe(facts.controls);
    expect(facts.divInButton).toBe(0);
    expect(facts.live).toBe(1);
    expect(facts.number).toMatch(/Slide 1 of \d+/);
  });
});
