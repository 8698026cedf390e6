// Issue 23, weak case: a review record edited by hand (slides/review.ts) was taken at its word: a
// changed contentHash gave "the content has changed since the review …: ;" (an empty list) and
// `npm run review -- --changes` said "No changes"; a changed per-part hash passed unseen. Now the
// record must match itself (contentHash is the hash of its hashes, as `npm run review` writes it):
// every command stops with exit 3, naming slides/review.ts, the field, and how to record it again,
// and recording again works even while the old record is broken.

import { afterEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/exit/exit-codes.ts';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';

let copy: ProjectCopy | undefined;
afterEach(() => copy?.dispose());

const MESSAGE =
  '  - slides/review.ts › contentHash: does not match the record\'s own hashes, so the record was edited by hand and no longer says what the clinician reviewed. Have a clinician review the deck, then record it again with `npm run review -- --name "…" --role "…"` (or remove the record with `npm run review -- --clear`); never edit slides/review.ts by hand';

async function recorded(): Promise<ProjectCopy> {
  const c = copyProject('forged-review');
  const ran = await c.main('review', ['--name', 'Dr. A. Rivera', '--role', 'Breast oncologist']);
  expect(ran.code, ran.stderr).toBe(EXIT.ok);
  return c;
}

describe('a review record edited by hand', { timeout: 180_000 }, () => {
  it('a changed contentHash: check and --changes stop with exit 3 and say how to record again; recording again works', async () => {
    copy = await recorded();
    const text = copy.read('slides/review.ts');
    const [, digit] = /contentHash: "([0-9a-f])/.exec(text)!;
    copy.write('slides/review.ts', text.replace(/contentHash: "[0-9a-f]/, `contentHash: "${digit === '0' ? '1' : '0'}`));
    for (const [name, argv] of [['check', ['--no-fit']], ['review', ['--changes']]] as const) {
      const ran = await copy.main(name, argv);
      expect(ran.code, `${name}: ${ran.stderr}`).toBe(EXIT.invalidDeck);
      expect(ran.stderr).toContain(MESSAGE);
    }
    const again = await copy.main('review', ['--name', 'Dr. A. Rivera', '--role', 'Breast oncologist']);
    expect(again.code, again.stderr).toBe(EXIT.ok);
    // A process of its own: this one has the forged module cached.
    const after = await copy.run('check', ['--no-fit']);
    expect(after.code, after.stderr).toBe(EXIT.ok);
  });

  it('a changed per-part hash is caught the same way', async () => {
    copy = await recorded();
    const text = copy.read('slides/review.ts');
    const [, digit] = /"slides\/title\.ts": "([0-9a-f])/.exec(text)!;
    copy.write('slides/review.ts', text.replace(/("slides\/title\.ts": ")[0-9a-f]/, `$1${digit === '0' ? '1' : '0'}`));
    const ran = await copy.main('check', ['--no-fit']);
    expect(ran.code, ran.stderr).toBe(EXIT.invalidDeck);
    expect(ran.stderr).toContain(MESSAGE);
  });
});
