// npm run kit: the clinic kit as a presenter gets it. The page START-HERE.html in Chromium with
// axe-core; the zip as a function of the folder (sorted, dated, under one folder); SHA256SUMS as
// sha256sum reads it; the command refusing an invalid deck and a place it must not write, with
// nothing written; and one whole run on the real deck: every file the plan lists, each link of
// START-HERE.html to a file that is there, the sums right, the zip holding the same bytes.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kitFiles, REVIEW_STATUS, START_HERE, SUMS } from '../../src/export/kit/contents.ts';
import { kitZip, sha256sums } from '../../src/export/kit/kit.ts';
import { startHereHtml } from '../../src/export/kit/start-here.ts';
import { readZip } from '../../src/output/zip.ts';
import { compileLoaded, loadDeck } from '../../src/load/load-deck.ts';
import { spokenLength } from '../../src/model/spoken.ts';
import { runAxe } from '../support/axe.ts';
import { runMain } from '../support/cli.ts';
import { copyProject, PROJECT_ROOT } from '../support/project-copy.ts';
import { sharedBrowser } from '../support/shared.ts';

const scratch = mkdtempSync(join(tmpdir(), 'deck-kit-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
// In-process (main(argv, io)): what the command writes, says and returns. Its process (signals,
// stdout through a pipe) is that of every command: tests/export/cli.test.ts, tests/export/pptx-cli.test.ts.
const kit = (args: readonly string[]) => runMain('kit', args);

const real = compileLoaded(await loadDeck());
const plan = kitFiles(real.editions.map((e) => ({ name: e.edition, minutes: spokenLength(e.slides).minutes, hasHandout: true })));
const page = (state: 'none' | 'current') =>
  startHereHtml({
    title: 'A talk <b>for</b> patients',
    lang: 'en',
    review: state === 'none' ? { state } : { state, name: 'Dr A', role: 'Oncologist', date: '2026-11-01', scope: 'all slides', nextDue: '2027-11-01' },
    reviewSentence: state === 'none' ? 'Not yet reviewed by a clinician.' : 'Reviewed by Dr A.',
    checked: 'December 1, 2026',
    contact: 'Tell the person presenting.',
    files: plan.map((f) => ({ ...f, bytes: 2048 })),
  });

describe('START-HERE.html', () => {
  it('passes axe-core, in plain words, and shows text as text', async () => {
    // The run's Chromium, a context of this test's own (tests/setup/shared-run.ts).
    const context = await (await sharedBrowser()).newContext();
    try {
      const tab = await context.newPage();
      const requests: string[] = [];
      tab.on('request', (r) => requests.push(r.url()));
      await tab.setContent(page('none'), { waitUntil: 'load' });
      const report = await runAxe(tab);
      expect(report.violations).toEqual([]);
      expect(report.contrastIncomplete).toEqual([]);
      // The title is text, never markup.
      expect(await tab.locator('h1').textContent()).toBe('Start here: A talk <b>for</b> patients');
      const text = await tab.locator('main').innerText();
      for (const words of ['To present on a screen', 'To present from PowerPoint', 'To print', 'For patients', 'press S', '“Not yet reviewed” means', 'nothing checks it any more']) expect(text).toContain(words);
      // Every file of the plan is linked, and no request leaves the page.
      const links = await tab.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const f of plan) expect(links).toContain(f.name);
      expect(requests.filter((u) => !u.startsWith('about:') && !u.startsWith('data:'))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('says what "not yet reviewed" means only when it is not reviewed', () => {
    expect(page('none')).toContain('Not yet reviewed');
    expect(page('current')).not.toContain('“Not yet reviewed” means');
  });
});

describe('the kit’s zip and sums', () => {
  const files = new Map([
    ['b.txt', Buffer.from('b')],
    ['a.pdf', Buffer.from('a')],
  ]);

  it('writes SHA256SUMS as sha256sum -c reads it, sorted by name', () => {
    expect(sha256sums(files)).toBe(
      'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb  a.pdf\n3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d  b.txt\n',
    );
  });

  it('puts every file under one folder, sorted, dated with the deck’s date, the same bytes each time', async () => {
    const one = await kitZip('clinic-kit', files, '2026-12-01');
    const two = await kitZip('clinic-kit', new Map([...files].reverse()), '2026-12-01');
    expect(Buffer.compare(Buffer.from(one), Buffer.from(two))).toBe(0);
    expect([...(await readZip(one)).keys()]).toEqual(['clinic-kit/a.pdf', 'clinic-kit/b.txt']);
    const listing = spawnSync('unzip', ['-Z', '-T', '/dev/stdin'], { input: Buffer.from(one), encoding: 'utf8' });
    if (listing.status === 0) expect(listing.stdout).toMatch(/20261201\.000000 clinic-kit\/a\.pdf/);
  });
});

describe('npm run kit', () => {
  it('refuses a folder inside the sources and a wrong option (exit 2), before any work', async () => {
    const inside = await kit(['--out', 'slides/kit']);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain("is inside the project's sources");
    expect(existsSync(join(PROJECT_ROOT, 'slides/kit'))).toBe(false);
    const wrong = await kit(['--zip']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/Unknown option '--zip'[\s\S]*Usage: npm run kit/);
  });

  it('names the invalid slide (exit 3) and writes nothing', async () => {
    const copy = copyProject('kit-invalid');
    try {
      copy.edit('slides/summary.ts', "title: 'To sum up',", "title: '',");
      const out = join(scratch, 'invalid-kit');
      const run = await copy.main('kit', ['--out', out]);
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(/slides\/summary\.ts/);
      expect(existsSync(out)).toBe(false);
      expect(existsSync(`${out}.zip`)).toBe(false);
      expect(readdirSync(scratch).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    } finally {
      copy.dispose();
    }
  });

  it('writes the folder and its zip: every planned file, START-HERE’s links, the sums and the same bytes in the zip', async () => {
    const out = join(scratch, 'clinic-kit');
    const run = await kit(['--out', out]);
    expect(run.code, run.stderr).toBe(0);
    const names = readdirSync(out).sort();
    expect(names).toEqual([...plan.map((f) => f.name), START_HERE, REVIEW_STATUS, SUMS].sort());
    // stdout lists each file with its size, then the zip.
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(names.length + 1);
    expect(lines.at(-1)).toMatch(/clinic-kit\.zip \(\d+(\.\d)? [KM]B\)$/);
    // The sums check out as sha256sum reads them.
    const check = spawnSync('sha256sum', ['-c', SUMS], { cwd: out, encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    // Every link of START-HERE.html is a file of the kit.
    const html = readFileSync(join(out, START_HERE), 'utf8');
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => decodeURI(m[1]!));
    expect(hrefs.filter((h) => !names.includes(h))).toEqual([]);
    expect(readFileSync(join(out, REVIEW_STATUS), 'utf8')).toContain(real.editions[0]!.contentHash);
    // The zip holds the folder's bytes, under clinic-kit/, and is the zip of that folder.
    const zipped = await readZip(readFileSync(`${out}.zip`));
    expect([...zipped.keys()].sort()).toEqual(names.map((n) => `clinic-kit/${n}`));
    const folder = new Map(names.map((n) => [n, readFileSync(join(out, n))]));
    for (const n of names) expect(Buffer.compare(Buffer.from(zipped.get(`clinic-kit/${n}`)!), folder.get(n)!), n).toBe(0);
    expect(Buffer.compare(Buffer.from(await kitZip('clinic-kit', folder, real.editions[0]!.meta.date)), readFileSync(`${out}.zip`))).toBe(0);
    expect(readdirSync(scratch).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 900_000);
});
