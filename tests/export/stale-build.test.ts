// The PDF's pages, title, outline and notes come from one build: with `--no-build`, a build whose
// recorded inputs (deck.json) no longer match the sources is refused before any browser starts,
// naming the changed file and the ways out; without it, `--dist` prints an older build on purpose
// and says so.

import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EXIT } from '../../src/exit/exit-codes.ts';
import { buildState } from '../../src/output/build-state.ts';
import deck from '../../slides/index.ts';
import { compileDeck } from '../../src/model/compile.ts';
import { editionNames } from '../../src/model/listing.ts';
import { MANIFEST_FILE } from '../../src/model/manifest.ts';
import { SLIDE_SIZE } from '../../src/model/slide-size.ts';
import { readManifest } from '../../src/output/manifest-file.ts';
import { combined, hashInputs, subset } from '../../src/load/source-hash.ts';
import { PROJECT_ROOT } from '../../src/load/load-deck.ts';
import { tempDir } from './support/export.ts';
import { runMain } from '../support/cli.ts';

const dir = tempDir();
let stale: string;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The build as it is after someone edits a slide: the same files, an older record of one input. */
beforeAll(() => {
  stale = join(dir, 'stale-dist');
  cpSync(inject('distDir'), stale, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(stale, MANIFEST_FILE), 'utf8')) as { inputs: Record<string, string> };
  manifest.inputs['slides/large-trials.ts'] = '0'.repeat(64);
  writeFileSync(join(stale, MANIFEST_FILE), JSON.stringify(manifest));
});

/** `npm run pdf`, in-process, run from `dir` (where --dist and --out are relative to). */
const pdf = (args: string[]) => runMain('pdf', args, { cwd: dir });

describe('a build that no longer matches the sources', { timeout: 60_000 }, () => {
  it('is told apart from a current one by content, naming the changed file', () => {
    expect(buildState(inject('distDir'), PROJECT_ROOT, 'dist')).toMatchObject({ state: 'current' });
    expect(buildState(stale, PROJECT_ROOT, 'stale-dist')).toMatchObject({ state: 'stale', changed: ['slides/large-trials.ts'] });
  });

  it('is refused with --no-build, before any browser starts, naming the file and how to fix it (exit 4)', async () => {
    const run = await pdf(['--no-build', '--dist', 'stale-dist', '--out', 'refused.pdf']);
    expect(run.code).toBe(EXIT.environment);
    expect(run.stderr).toContain(
      '[pdf] error: --no-build: slides/large-trials.ts has changed since stale-dist/ was built, so its pages would not match the sources. Build it again, or leave out --no-build to print that older build on purpose.',
    );
    expect(run.stderr).not.toContain('[pdf] browser:');
    expect(existsSync(join(dir, 'refused.pdf'))).toBe(false);
  });

  it('is printed on purpose with --dist alone, saying which file changed', async () => {
    const run = await pdf(['--dist', 'stale-dist', '--out', 'old.pdf']);
    expect(run.code, run.stderr).toBe(EXIT.ok);
    expect(run.stderr).toContain('[pdf] build: using stale-dist/ as it is, on purpose (slides/large-trials.ts has changed since stale-dist/ was built)');
    expect(existsSync(join(dir, 'old.pdf'))).toBe(true);
  });

  it('a folder that is not a build is named, with what a build holds', async () => {
    const run = await pdf(['--dist', 'no-such-folder', '--out', 'x.pdf']);
    expect(run.code).toBe(EXIT.environment);
    expect(run.stderr).toContain('[pdf] error: --dist no-such-folder: there is no folder no-such-folder/. Give the folder of a built deck (it holds index.html and deck.json)');
  });
});

describe('deck.json, what every tool reads about a build', () => {
  it('lists each edition’s slides with title, steps and notes, as the compile step made them', () => {
    const manifest = readManifest(inject('distDir'));
    expect(Object.keys(manifest.editions)).toEqual(editionNames(deck));
    for (const name of editionNames(deck)) {
      const compiled = compileDeck({ deck, edition: name });
      expect(manifest.editions[name]!.slides).toEqual(
        compiled.slides.map((s) => ({ id: s.id, kind: s.kind, number: s.number, title: s.title, steps: s.steps, hasNotes: true, notes: s.notes })),
      );
    }
    expect(manifest.slideSize).toEqual(SLIDE_SIZE);
    expect(manifest.meta.title).toBe(deck.meta.title);
  });

  it('records the hash of the deck’s source (slides and figures) and of every file the build read', () => {
    const manifest = readManifest(inject('distDir'));
    const now = hashInputs(PROJECT_ROOT);
    expect(manifest.inputs).toEqual(now.files);
    expect(manifest.sourceHash).toBe(combined(subset(now.files, ['slides'])));
    expect(Object.keys(manifest.inputs)).toEqual(expect.arrayContaining(['slides/index.ts', 'slides/figures/tmem-doorway.svg', 'src/render/render-deck.ts', 'index.html']));
  });
});
