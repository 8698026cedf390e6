// Issue 23, bad case: `npm run pdf -- --out slides/title.ts` (or README.md, slides/local.ts)
// wrote a PDF over the source file and exited 0; `npm run review -- --file` could do the same to
// a slide; `--out x.txt` wrote a PDF under that name. Now each is refused before any work (no
// build, no browser), with exit 2 and the file named, and the file is left as it was.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main as pdf } from '../../src/cli/commands/pdf.ts';
import { main as review } from '../../src/cli/commands/review.ts';
import { EXIT } from '../../src/exit/exit-codes.ts';
import { ROOT, run } from './support.ts';

const bytes = (file: string) => readFileSync(join(ROOT, file));

describe('an output path over one of the deck’s own files', () => {
  for (const file of ['slides/title.ts', 'README.md', 'slides/local.ts', 'package.json']) {
    it(`npm run pdf -- --out ${file}: refused, exit 2, the file named and untouched`, async () => {
      const before = bytes(file);
      const ran = await run(pdf, ['--out', file]);
      expect(ran.code, ran.stderr).toBe(EXIT.usage);
      expect(ran.stderr).toContain(`--out ${file}`);
      expect(ran.stderr).not.toMatch(/build|Chromium/i);
      expect(bytes(file).equals(before)).toBe(true);
    });
  }

  it('npm run pdf -- --out notes.txt: refused, a PDF is named .pdf', async () => {
    const ran = await run(pdf, ['--out', 'out/notes.txt']);
    expect(ran.code).toBe(EXIT.usage);
    expect(ran.stderr).toContain("--out out/notes.txt: a PDF's file name ends in .pdf");
    expect(ran.stderr).toContain('--out out/notes.pdf');
  });

  it('npm run review -- --file slides/title.ts: refused, exit 2, the slide untouched', async () => {
    const before = bytes('slides/title.ts');
    const ran = await run(review, ['--name', 'Dr. A', '--role', 'MD', '--file', 'slides/title.ts']);
    expect(ran.code, ran.stderr).toBe(EXIT.usage);
    expect(ran.stderr).toContain('--file slides/title.ts is inside slides/');
    expect(bytes('slides/title.ts').equals(before)).toBe(true);
  });

  it('npm run review -- --file README.md: refused (a review record is a .ts module)', async () => {
    const ran = await run(review, ['--name', 'Dr. A', '--role', 'MD', '--file', 'README.md']);
    expect(ran.code).toBe(EXIT.usage);
    expect(ran.stderr).toContain("--file README.md: a review record's file name ends in .ts");
  });
});
