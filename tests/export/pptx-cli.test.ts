// `npm run pptx` as a person runs it: the file it writes and says it wrote, the editions, the
// exit codes of README's table, the output paths it refuses, Ctrl-C and SIGTERM leaving nothing.

import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertPptxOut, parsePptxArgs } from '../../src/export/pptx/args.ts';
import { runMain } from '../support/cli.ts';
import { copyProject, PROJECT_ROOT, runEntry, type Run } from '../support/project-copy.ts';
import { sharedPptx } from '../support/shared.ts';
import { Package } from './support/pptx-read.ts';
import { compileLoaded, loadDeck } from '../../src/load/load-deck.ts';
import { figuresUsed } from '../../src/export/pptx/figures.ts';

// What the real deck has, read from it (the content changes; the counts must follow it).
const real = compileLoaded(await loadDeck());
const slidesIn = (edition: string) => real.editions.find((e) => e.edition === edition)!.slides.length;
const figuresIn = (edition: string) => figuresUsed(real.editions.find((e) => e.edition === edition)!).length;

const scratch = mkdtempSync(join(tmpdir(), 'deck-pptx-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
// The command in-process (main(argv, io): what it writes, says and returns); the signal tests
// below run the real process, since Ctrl-C and SIGTERM are the process's.
const pptx = (args: readonly string[]): Promise<Run> => runMain('pptx', args);
const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('npm run pptx', () => {
  it('writes the file and says where and how big', async () => {
    // The run's one `npm run pptx` of the real deck (tests/setup/shared-run.ts; also read by pptx-open-cases).
    const run = await sharedPptx();
    const out = run.file;
    expect(run.code, run.stderr).toBe(0);
    const bytes = readFileSync(out);
    expect(run.stdout).toBe(`${relative(PROJECT_ROOT, out)} (${Math.round(bytes.length / 1024)} KB, ${slidesIn('full')} slides)\n`);
    expect(run.stderr).toContain(`[pptx] drawing ${figuresIn('full')} figures in Chromium`);
    const pkg = await Package.open(bytes);
    expect(pkg.slides()).toHaveLength(slidesIn('full'));
    // One picture per figure (no QR code: the real slides/local.ts sets no readingViewUrl).
    expect([...pkg.files.keys()].filter((n) => n.startsWith('ppt/media/'))).toHaveLength(figuresIn('full'));
    expect(leftovers(dirname(out))).toEqual([]);
  });

  it('writes another edition with --edition (over an earlier PowerPoint file), and refuses an edition the deck does not have (exit 2)', async () => {
    const out = join(scratch, 'deck.pptx');
    // The earlier PowerPoint file: a copy of the run's full-edition export.
    copyFileSync((await sharedPptx()).file, out);
    const run = await pptx(['--edition', 'short', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`deck\\.pptx \\(\\d+ KB, ${slidesIn('short')} slides\\)\\n$`));
    expect((await Package.open(readFileSync(out))).slides()).toHaveLength(slidesIn('short'));
    expect(leftovers(scratch)).toEqual([]);
    const none = await pptx(['--edition', 'long', '--out', join(scratch, 'long.pptx')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--edition long: the deck has no such edition (it has full, short).');
    expect(existsSync(join(scratch, 'long.pptx'))).toBe(false);
  });

  it('refuses unknown options and places it must not write, before any work (exit 2)', async () => {
    const unknown = await pptx(['--notes']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--notes'[\s\S]*Usage: npm run pptx/);
    for (const [out, message] of [
      ['slides/deck.pptx', 'is inside slides/, which holds the deck\'s sources'],
      ['src/export/deck.pptx', 'is inside src/'],
      ['tests/deck.pptx', 'is inside tests/'],
      ['README.md', 'a PowerPoint file\'s name ends in .pptx'],
    ] as const) {
      const run = await pptx(['--out', out]);
      expect(run.code, out).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toContain('drawing');
    }
    expect(existsSync(join(PROJECT_ROOT, 'slides/deck.pptx'))).toBe(false);
    const notes = join(scratch, 'notes.pptx');
    writeFileSync(notes, 'my own notes, not a presentation');
    const run = await pptx(['--out', notes]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('exists and is not a PowerPoint file, so writing would destroy it');
    expect(readFileSync(notes, 'utf8')).toBe('my own notes, not a presentation');
  });

  it('says when it cannot write there (exit 4)', async () => {
    const blocker = join(scratch, 'a-file');
    writeFileSync(blocker, '');
    const run = await pptx(['--out', join(blocker, 'deck.pptx')]);
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('is a file, not a folder');
  });

  it('names the invalid slide (exit 3) and writes nothing', async () => {
    const copy = copyProject('pptx-invalid');
    try {
      copy.edit('slides/summary.ts', "title: 'To sum up',", "title: '',");
      const out = join(scratch, 'invalid.pptx');
      const run = await copy.main('pptx', ['--out', out]);
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(/slides\/summary\.ts/);
      expect(existsSync(out)).toBe(false);
    } finally {
      copy.dispose();
    }
  });

  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`stops on ${signal} (exit ${code}) with nothing written and no temporary file left`, async () => {
      const dir = mkdtempSync(join(scratch, `${signal}-`));
      const out = join(dir, 'deck.pptx');
      let sent = false;
      const run = await runEntry(PROJECT_ROOT, 'src/cli/pptx.ts', ['--out', out], {
        onStderr: (stderr, child) => {
          if (!sent && stderr.includes('drawing')) {
            sent = true;
            child.kill(signal);
          }
        },
      });
      expect(sent).toBe(true);
      expect(run.code, run.stderr).toBe(code);
      expect(run.stderr).toContain('nothing was written');
      expect(readdirSync(dir)).toEqual([]);
    });
  }
});

describe('pptx options', () => {
  it('default to the full deck in out/deck.pptx', () => {
    expect(parsePptxArgs([])).toEqual({ edition: 'full', lang: 'en', help: false });
    expect(parsePptxArgs(['--edition', 'short', '--out', 'x.pptx'])).toEqual({ edition: 'short', lang: 'en', out: 'x.pptx', help: false });
    expect(() => parsePptxArgs(['--edition', 'Short Talk'])).toThrow(/--edition must be an edition name/);
    expect(() => parsePptxArgs(['--out', ''])).toThrow(/--out needs a file name/);
    expect(() => parsePptxArgs(['deck.pptx'])).toThrow();
  });

  it('accept a .pptx outside the sources, and an earlier PowerPoint file to replace', () => {
    expect(() => assertPptxOut(join(PROJECT_ROOT, 'out/x.pptx'), 'out/x.pptx', PROJECT_ROOT)).not.toThrow();
    expect(() => assertPptxOut(join(scratch, 'new.PPTX'), 'new.PPTX', PROJECT_ROOT)).not.toThrow();
    expect(() => assertPptxOut(join(PROJECT_ROOT, 'public/x.pptx'), 'public/x.pptx', PROJECT_ROOT)).toThrow(/inside public\//);
    // A file that is a zip, as every .pptx is, may be replaced; anything else may not.
    const earlier = join(scratch, 'earlier.pptx');
    writeFileSync(earlier, Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.alloc(26)]));
    expect(() => assertPptxOut(earlier, 'earlier.pptx', PROJECT_ROOT)).not.toThrow();
    writeFileSync(earlier, '');
    expect(() => assertPptxOut(earlier, 'earlier.pptx', PROJECT_ROOT)).toThrow(/is not a PowerPoint file/);
  });
});
