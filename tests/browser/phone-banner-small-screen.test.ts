// Issue 23, weak case: "on a 240×180 screen the phone banner covers 45 % of it". The "Easier to
// read on a phone" banner took three lines of 18 px text there. Now, on a very small screen, it is
// one line of smaller text (the reading link cut with an ellipsis, its name whole), and covers
// at most about 15 % of the screen; the link still goes to the reading view.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoIncidentsAfterEach, startDeckSession, type DeckSession } from '../support/deck-page.ts';

describe('on a 240×180 screen the phone banner covers 45 % of it', () => {
  let s: DeckSession;
  beforeAll(async () => {
    s = await startDeckSession({ viewport: { width: 240, height: 180 } });
    await s.open('');
  });
  afterAll(async () => s?.close());
  expectNoIncidentsAfterEach(() => s);

  it('covers at most 15 % of the screen, and still links to the reading view by its whole name', async () => {
    await s.page.waitForFunction(() => document.querySelector('.read-banner')?.checkVisibility() === true);
    const seen = await s.page.evaluate(() => {
      const nav = document.querySelector<HTMLElement>('.read-banner')!;
      const box = nav.getBoundingClientRect();
      const visible = Math.max(0, Math.min(box.bottom, innerHeight) - Math.max(box.top, 0)) * Math.max(0, Math.min(box.right, innerWidth) - Math.max(box.left, 0));
      const link = nav.querySelector('a')!;
      return { share: visible / (innerWidth * innerHeight), href: link.getAttribute('href'), text: link.textContent!.trim(), linkWidth: link.getBoundingClientRect().width };
    });
    expect(seen.share, `banner covers ${(seen.share * 100).toFixed(1)} %`).toBeLessThanOrEqual(0.15);
    expect(seen.share).toBeGreaterThan(0);
    expect(seen.href).toMatch(/^read\.html/);
    expect(seen.text).toMatch(/^Easier to read on a phone/);
    expect(seen.linkWidth).toBeGreaterThan(40);
  });
});
