// Issue 23, weak case W22, through the command: `npm run review` dates a review by the reviewer's
// own day, not UTC's. At 10:30 pm on 1 December in New York it is already 2 December in UTC: the
// review is recorded on 1 December, and "--date 2026-12-02" is refused as a day that has not come
// yet (dated by UTC, the record would have said 2 December, and that date been taken).
// The clock is faked (Date only) and the time zone set for this process, then put back.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXIT } from '../../src/exit/exit-codes.ts';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';

const zone = process.env.TZ;
let copy: ProjectCopy | undefined;
afterEach(() => {
  vi.useRealTimers();
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
  copy?.dispose();
  copy = undefined;
});

/** 10:30 pm on 1 December 2026 in New York (EST, UTC−5): 03:30 on 2 December in UTC. */
function lateEveningInNewYork(): void {
  process.env.TZ = 'America/New_York';
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-02T03:30:00Z') });
  expect(new Date().getDate()).toBe(1); // the zone took: it is still 1 December here
}

describe("npm run review dates a review by the reviewer's own day", { timeout: 180_000 }, () => {
  it('late on 1 December in New York, the record says 1 December, not UTC’s 2 December', async () => {
    copy = copyProject('review-day');
    lateEveningInNewYork();
    const ran = await copy.main('review', ['--name', 'Dr. A. Rivera', '--role', 'Breast oncologist']);
    expect(ran.code, ran.stderr).toBe(EXIT.ok);
    expect(ran.stderr).toContain('on December 1, 2026;');
    expect(copy.read('slides/review.ts')).toMatch(/date: "2026-12-01"/);
  });

  it('"--date 2026-12-02" then is a day that has not come yet for the reviewer: refused (exit 2), nothing written', async () => {
    copy = copyProject('review-day-next');
    const before = copy.read('slides/review.ts');
    lateEveningInNewYork();
    const ran = await copy.main('review', ['--name', 'Dr. A. Rivera', '--role', 'Breast oncologist', '--date', '2026-12-02']);
    expect(ran.code).toBe(EXIT.usage);
    expect(ran.stderr).toContain('--date 2026-12-02 is after today (2026-12-01)');
    expect(copy.read('slides/review.ts')).toBe(before);
  });
});
