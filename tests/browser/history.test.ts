// Back returns to the slide: following a link between slides (a defined term to "words to know",
// a source to the sources slide) adds an entry to the browser's history, so Back goes to the
// slide the link was on, and Forward to the slide it leads to, without leaving the deck. reveal.js
// only ever replaces the address (hash: true), so Back used to leave the presentation. Moving with
// the keys adds nothing: the history is for links, not for every slide.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readManifest } from '../../src/output/manifest-file.ts';
import { startDeckSession, type DeckSession } from '../support/deck-page.ts';

const manifest = readManifest(inject('distDir'));

/** The first slide holding a link to `href`, and the slide that link leads to. */
function linkOn(href: string) {
  const link = document.querySelector<HTMLAnchorElement>(`.reveal .slides section a[href="${href}"]`);
  const slide = link?.closest<HTMLElement>('.slides section');
  return slide ? slide.id : null;
}

const state = () => ({ slide: window.Reveal!.getCurrentSlide()?.id, hash: window.location.hash, path: window.location.pathname, length: window.history.length });

describe.each([
  { width: 1280, height: 720, what: 'presenting' },
  { width: 375, height: 740, what: 'on a phone (the scroll view)' },
])('history of links between slides, $what', ({ width, height }) => {
  let s: DeckSession;
  let from: string;
  beforeAll(async () => {
    s = await startDeckSession({ viewport: { width, height } });
    // A page before the deck, as when the deck is opened from a link: Back must not go there.
    await s.page.goto(`${s.url}${manifest.pages.read!}`, { waitUntil: 'load' });
    await s.open();
    from = (await s.page.evaluate(linkOn, '#words-to-know'))!;
    expect(from, 'a slide links to #words-to-know').toBeTruthy();
  });
  afterAll(async () => s?.close());

  it('Back after following a link returns to the slide the link was on; Forward goes to the link’s slide again', async () => {
    // To the slide by its address (in the scroll view reveal.js's own slide() can land a page short).
    await s.page.evaluate((id) => (window.location.hash = `#/${id}`), from);
    await s.page.waitForFunction((id) => window.location.hash === `#/${id}` && window.Reveal!.getCurrentSlide()?.id === id, from);
    const before = await s.page.evaluate(state);

    await s.page.locator(`.reveal .slides section#${from} a[href="#words-to-know"]`).first().click();
    await s.page.waitForFunction(() => window.Reveal!.getCurrentSlide()?.id === 'words-to-know' && window.location.hash === '#/words-to-know');
    const followed = await s.page.evaluate(state);
    expect(followed.length, 'history entries after following the link').toBe(before.length + 1);

    await s.page.goBack();
    await s.page.waitForFunction((id) => window.Reveal!.getCurrentSlide()?.id === id, from);
    expect(await s.page.evaluate(state)).toMatchObject({ slide: from, hash: `#/${from}`, path: before.path, length: followed.length });

    await s.page.goForward();
    await s.page.waitForFunction(() => window.Reveal!.getCurrentSlide()?.id === 'words-to-know');
    expect(await s.page.evaluate(state)).toMatchObject({ hash: '#/words-to-know', path: before.path });
  });

  it('moving with the keys adds no entry (Back is for links, not for every slide)', async () => {
    const before = await s.page.evaluate(state);
    await s.page.evaluate(() => window.Reveal!.next());
    await s.page.evaluate(() => window.Reveal!.prev());
    expect((await s.page.evaluate(state)).length).toBe(before.length);
  });

  it('logged no console errors and made no request elsewhere', () => {
    expect(s.incidents).toEqual({ offOrigin: [], failed: [], consoleErrors: [], pageErrors: [] });
  });
});
