// Issue 23, bad case: with the clock at 2030 the deck still showed a 2027 "next check" of the
// facts as current, with no warning anywhere. Now the loader reads today's date (the person's own
// day), the about slide says "(past due: not done yet)" and `npm run check` warns (review-due),
// saying who acts and what to do. The clock is faked for Date only, in this process.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { main as check } from '../../src/cli/commands/check.ts';
import { compileLoaded, loadDeck } from '../../src/load/load-deck.ts';
import { localToday, longDate } from '../../src/model/dates.ts';
import { run } from './support.ts';

afterEach(() => {
  vi.useRealTimers();
});

const aboutRows = (loaded: ReturnType<typeof compileLoaded>) =>
  loaded.editions[0]!.slides.flatMap((s) => s.body).flatMap((b) => (b.type === 'deck-info' ? b.rows : []));

describe('a next-check date that has passed', { timeout: 60_000 }, () => {
  it('the about slide says it is past due when the clock is at 2030', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2030, 0, 15, 12) });
    const loaded = compileLoaded(await loadDeck());
    expect(loaded.input.today).toBe('2030-01-15');
    const due = loaded.input.deck.meta.reviewDate;
    expect(aboutRows(loaded)).toContainEqual({ label: 'Next check of the facts', value: `by ${longDate(due)} (past due: not done yet)` });
  });

  it('npm run check warns, naming the date, the field and who should act (exit 0: a warning)', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2030, 0, 15, 12) });
    const ran = await run(check, ['--no-fit']);
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.stdout).toMatch(/deck: review-due: the facts were due to be checked again by \w+ \d+, 2027 \(meta\.reviewDate in slides\/index\.ts\), and it is now January 15, 2030; .* For the deck’s editor: check every fact in slides\/facts\//);
  });

  it('today, the real deck has nothing past due (its dates say the check is ahead)', async () => {
    const loaded = compileLoaded(await loadDeck());
    expect(loaded.editions[0]!.overdue).toEqual(loaded.input.deck.meta.reviewDate < localToday() ? [{ what: 'facts', due: loaded.input.deck.meta.reviewDate }] : []);
  });

  it('"today" is the person’s own day, not UTC’s: 11 pm local on 1 December is 1 December', () => {
    expect(localToday(new Date(2026, 11, 1, 23, 30))).toBe('2026-12-01');
    expect(localToday(new Date(2026, 11, 2, 0, 30))).toBe('2026-12-02');
  });
});
