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
import { png } from './images.ts';
import { ROOT } from './support.ts';

describe('npm run build:single -- --edition short, with a PNG figure on a slide of the short edition', { timeout: 240_000 }, () => {
  let copy: ProjectCopy;
  let ran: Run;
  beforeAll(async () => {
    copy = copyProject('single-short');
    copy.write('slides/figures/doorway-photo.png', png(8, 6));
    // Every English figure has its translation beside it (src/load/translations.ts); a photo has no words to translate.
    copy.write('slides/es/figures/doorway-photo.png', png(8, 6));
    copy.edit('slides/what-is-a-tmem-doorway.ts', "src: 'tmem-doorway.svg'", "src: 'doorway-photo.png'");
    // In-process (main()): what it writes and says; the process itself is tested elsewhere.
    ran = await copy.main('build-single', ['--edition', 'short']);
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
