// Issue 23, figures: words drawn inside an SVG were never checked ("Stop chemo today" in a figure
// passed `npm run check`); a malformed SVG passed the check and then failed the build with exit
// 1 and no line; a 20 MB damaged PNG shipped silently; a figure symlinked from outside the
// project was followed; `--figures /abs` was shown as an odd relative path. Now the figure words
// are read like slide text, and every figure file is checked when the deck loads (exit 3, the
// file, line and column, and what to do).

import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main as check } from '../../src/cli/commands/check.ts';
import { runChecks } from '../../src/check/run.ts';
import { EXIT } from '../../src/exit/exit-codes.ts';
import { compileLoaded, loadDeck } from '../../src/load/load-deck.ts';
import { MAX_FIGURE_BYTES } from '../../src/load/raster-check.ts';
import { damaged, png } from './images.ts';
import { ROOT, run } from './support.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of slides/figures/ (outside the project: --figures takes any folder), changed by `change`. */
function figures(change: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'figures-'));
  made.push(dir);
  cpSync(join(ROOT, 'slides/figures'), dir, { recursive: true });
  change(dir);
  return dir;
}

const doorway = readFileSync(join(ROOT, 'slides/figures/tmem-doorway.svg'), 'utf8');

describe('words drawn in a figure', { timeout: 60_000 }, () => {
  it('are checked like slide text: "Stop chemo today" inside an SVG fails the check, naming the slide, the file and the words', async () => {
    const dir = figures((d) => writeFileSync(join(d, 'tmem-doorway.svg'), doorway.replace('</svg>', '<text x="10" y="40" font-size="26">Stop chemo today</text></svg>')));
    const loaded = compileLoaded(await loadDeck({ figures: dir }));
    const report = runChecks(loaded.input, undefined, loaded);
    const found = report.problems.find((p) => p.rule === 'claim-advice' && p.slide === 'what-is-a-tmem-doorway');
    expect(found?.message).toMatch(/^body\[\d\]\.drawn\[\d+\] \(slides\/figures\/tmem-doorway\.svg\) advises to stop \("Stop"\).*"Stop chemo today"$/);
    expect(report.ok).toBe(false);
  });

  it('the real figures’ words pass (their step numbers are markers, not quantities)', async () => {
    const loaded = compileLoaded(await loadDeck());
    const drawn = loaded.editions[0]!.slides.flatMap((s) => s.parts.filter((p) => p.role === 'figure-text'));
    expect(drawn.length).toBeGreaterThan(10);
    expect(runChecks(loaded.input, undefined, loaded).problems.filter((p) => p.message.includes('.drawn['))).toEqual([]);
  });
});

describe('a figure file that cannot be used', { timeout: 60_000 }, () => {
  it('a malformed SVG: exit 3 from the check, with the file, line and column and what to do', async () => {
    const dir = figures((d) => writeFileSync(join(d, 'tmem-doorway.svg'), doorway.replace('<text x="24" y="382"', '<text x="24" y="382" <')));
    const ran = await run(check, ['--no-fit', '--figures', dir]);
    expect(ran.code, ran.stderr).toBe(EXIT.invalidDeck);
    const line = doorway.slice(0, doorway.indexOf('<text x="24" y="382"')).split('\n').length;
    // --figures outside the project is named as given (absolute), not as ../../tmp/…
    expect(ran.stderr).toContain(`${dir}/tmem-doorway.svg:${line}:`);
    expect(ran.stderr).toMatch(/› svg: is not well-formed SVG: .+\. Open .+tmem-doorway\.svg at line \d+ in a text editor/);
  });

  it('a damaged PNG, a PNG that is a JPEG, and one too large to present: each refused, named, with what to do', async () => {
    const dir = figures((d) => {
      writeFileSync(join(d, 'photo.png'), damaged(png(4, 4)));
      writeFileSync(join(d, 'scan.png'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]));
      writeFileSync(join(d, 'poster.png'), Buffer.concat([png(1, 1), Buffer.alloc(MAX_FIGURE_BYTES)]));
    });
    const ran = await run(check, ['--no-fit', '--figures', dir]);
    expect(ran.code).toBe(EXIT.invalidDeck);
    expect(ran.stderr).toContain(`${dir}/photo.png › (file): is damaged (its IDAT chunk at byte 33 fails its checksum). Export the picture again`);
    expect(ran.stderr).toContain(`${dir}/scan.png › (file): is a JPEG file named as PNG. Rename it to end in .jpg`);
    expect(ran.stderr).toMatch(/poster\.png › \(file\): is 1\.0 MB, more than the 1 MB a figure may be/);
  });

  it('a PNG over 1 MB is refused for its size, with how to make it smaller', async () => {
    const big = png(1500, 1500);
    const noisy = Buffer.from(big); // a real, whole PNG: make it large by storing incompressible rows
    expect(noisy.length).toBeLessThan(MAX_FIGURE_BYTES); // (deflate shrinks a flat grey: build one that is not)
    const { deflateSync, crc32 } = await import('node:zlib');
    const rows = Buffer.alloc(1201 * 1200);
    for (let i = 0; i < rows.length; i++) rows[i] = (i * 2654435761) >>> 24;
    for (let y = 0; y < 1200; y++) rows[y * 1201] = 0;
    const idat = deflateSync(rows, { level: 0 });
    const chunk = (type: string, data: Buffer) => {
      const head = Buffer.alloc(8);
      head.writeUInt32BE(data.length, 0);
      head.write(type, 4, 'latin1');
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
      return Buffer.concat([head, data, crc]);
    };
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(1200, 0);
    ihdr.writeUInt32BE(1200, 4);
    ihdr.set([8, 0, 0, 0, 0], 8);
    const large = Buffer.concat([big.subarray(0, 8), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
    const dir = figures((d) => writeFileSync(join(d, 'photo.png'), large));
    const ran = await run(check, ['--no-fit', '--figures', dir]);
    expect(ran.code).toBe(EXIT.invalidDeck);
    expect(ran.stderr).toMatch(/photo\.png › \(file\): is 1\.\d MB, more than the 1 MB a figure may be .*\. Export it smaller/);
  });

  it('a figure symlinked from outside the project is refused, naming where it points', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'elsewhere-'));
    made.push(outside);
    writeFileSync(join(outside, 'secret.svg'), doorway);
    const dir = figures((d) => {
      rmSync(join(d, 'tmem-doorway.svg'));
      symlinkSync(join(outside, 'secret.svg'), join(d, 'tmem-doorway.svg'));
    });
    const ran = await run(check, ['--no-fit', '--figures', dir]);
    expect(ran.code).toBe(EXIT.invalidDeck);
    expect(ran.stderr).toContain(`${dir}/tmem-doorway.svg › (file): is a link to ${outside}/secret.svg, outside the project. Copy the file itself into ${dir}/`);
  });
});
