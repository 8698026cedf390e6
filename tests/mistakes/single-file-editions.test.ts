// Issue 23, bad cases: `npm run build:single -- --edition short` exited 0 and wrote the full deck
// (there was no single-file short edition at all), and dist/short.html opened from a USB stick
// told the nurse to open out/deck.html, the full deck: she could not present the 10-minute talk
// offline. And a PNG, JPEG or WebP figure, which `npm run build` supports, made build:single
// fail with "still refers to other files". Now the short edition has its own single file, its
// notice names it, and raster figures go into the single file as data: URLs.

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { externalReferences } from '../../src/build/single-file.ts';
import { editionPage } from '../../src/build/page.ts';
import { slidesHtml } from '../../src/build/render-html.ts';
import { compileLoaded, loadDeck } from '../../src/load/load-deck.ts';
import { EXIT } from '../../src/exit/exit-codes.ts';
import { copyProject, type ProjectCopy, type Run } from '../support/project-copy.ts';
import { jpeg, png, webp } from './images.ts';
import { ROOT } from './support.ts';

describe('npm run build:single, with a PNG and a JPEG figure on slides of the short edition and a WebP on one of the full deck', { timeout: 240_000 }, () => {
  let copy: ProjectCopy;
  let ran: Run;
  let full: Run;
  beforeAll(async () => {
    copy = copyProject('single-short');
    copy.write('slides/figures/doorway-photo.png', png(8, 6));
    // Every English figure has its translation beside it (src/load/translations.ts); a photo has no words to translate.
    copy.write('slides/es/figures/doorway-photo.png', png(8, 6));
    copy.edit('slides/what-is-a-tmem-doorway.ts', "src: 'tmem-doorway.svg'", "src: 'doorway-photo.png'");
    copy.write('slides/figures/steps-photo.jpg', jpeg());
    copy.write('slides/es/figures/steps-photo.jpg', jpeg());
    copy.edit('slides/what-this-means-for-you.ts', "src: 'action-steps.svg'", "src: 'steps-photo.jpg'");
    copy.write('slides/figures/evidence-photo.webp', webp());
    copy.write('slides/es/figures/evidence-photo.webp', webp());
    copy.edit('slides/kinds-of-evidence.ts', "src: 'evidence-steps.svg'", "src: 'evidence-photo.webp'");
    // In-process (main()): what it writes and says; the process itself is tested elsewhere.
    ran = await copy.main('build-single', ['--edition', 'short']);
    full = await copy.main('build-single', []);
  }, 240_000);
  afterAll(() => copy?.dispose());

  it('writes out/deck-short.html (and the reading view beside it), exit 0', () => {
    expect(ran.code, ran.stderr).toBe(EXIT.ok);
    expect(ran.stdout).toBe('out/deck-short.html\nout/read.html\n');
  });

  it('is the short edition: its slides, its title, nothing loaded from beside it, the PNG inline', () => {
    const html = copy.read('out/deck-short.html');
    expect(html).toMatch(/<html[^>]* data-edition="short"/);
    expect(html).toMatch(/<title>[^<]+\(short edition\)<\/title>/);
    const ids = [...html.matchAll(/<section id="([a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(ids).toContain('what-is-a-tmem-doorway');
    expect(ids).not.toContain('why-chemo-first'); // only in the full deck
    expect(externalReferences(html)).toEqual([]);
    expect(html).toContain('src="data:image/png;base64,');
    expect(html).toContain('src="data:image/jpeg;base64,');
  });

  it('the full deck too: exit 0, nothing loaded from beside it, the WebP, JPEG and PNG inline', () => {
    expect(full.code, full.stderr).toBe(EXIT.ok);
    const html = copy.read('out/deck.html');
    expect(externalReferences(html)).toEqual([]);
    for (const type of ['png', 'jpeg', 'webp']) expect(html).toContain(`src="data:image/${type};base64,`);
  });
});

describe('dist/short.html opened from a file', () => {
  it('names the short edition’s own single file and the command that makes it, not the full deck', async () => {
    const loaded = compileLoaded(await loadDeck());
    const short = loaded.editions.find((e) => e.edition === 'short')!;
    const page = editionPage(readFileSync(`${ROOT}/index.html`, 'utf8'), short, slidesHtml(short, loaded.input.assets));
    const notice = page.slice(page.indexOf('file-warning'), page.indexOf('</div>', page.indexOf('file-warning')));
    expect(notice).toContain('open <strong data-single-file>out/deck-short.html</strong> instead (make it with <code data-single-command>npm run build:single -- --edition short</code>)');
    expect(notice).not.toContain('out/deck.html');
  }, 60_000);
});
