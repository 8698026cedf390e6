// slides/local.ts and slides/review.ts: validated like the slides, each mistake located
// (`slides/local.ts › contact.phone: …. What to do`); and what the clinic's details change in the
// compiled deck: the title slide, the contact block, the about slide and the author.

import { describe, expect, it } from 'vitest';
import deck from '../../slides/index.ts';
import { compileDeck, recordReview, reviewStatement } from '../../src/model/compile.ts';
import { formatProblem } from '../../src/model/errors.ts';
import { isEmail, isHttpsUrl, isPhoneNumber, localProblems, reviewProblems } from '../../src/model/local-validate.ts';
import { runsText } from '../../src/model/runs.ts';
import fullLocal from '../fixtures/local/full-local.ts';
import invalidLocal from '../fixtures/local/invalid-local.ts';

const lines = (problems: ReturnType<typeof localProblems>) => problems.map(formatProblem);

describe('validating slides/local.ts', () => {
  it('accepts nothing set, and every field set', () => {
    expect(localProblems({})).toEqual([]);
    expect(localProblems(fullLocal)).toEqual([]);
  });

  it('names each invalid field, quotes it, and says what to do', () => {
    expect(lines(localProblems(invalidLocal))).toEqual([
      'slides/local.ts › organization: is empty. Write the clinic or group name as plain text on one line (at most 120 characters), or leave it out',
      'slides/local.ts › contact.phone: "call the front desk" is not a phone number (7 to 15 digits; spaces, +, ( ) and - are fine). Write the number people should call, e.g. "(555) 010-0199" or "+1 555 010 0199"',
      'slides/local.ts › contact.website: "http://example.org/breast-care" is not a full https:// address. Write the full address starting with https://, e.g. "https://example.org/breast-care"',
      'slides/local.ts › contact.email: "nurse.line.example.org" is not an email address (it needs a name, an @ and a domain). Write an address like "nurse.line@example.org", or leave it out',
      'slides/local.ts › talkDate: "2026-02-30" is not a real date in the form YYYY-MM-DD. Write the date of the talk as YYYY-MM-DD, e.g. "2026-12-03", or leave it out',
    ]);
  });

  it('refuses fields it does not know (a typo is not silently ignored)', () => {
    expect(lines(localProblems({ organisation: 'Riverside' }))[0]).toMatch(/^slides\/local\.ts › organisation: is not a field here\. Did you mean "organization"\?/);
  });

  it('knows phone numbers, https addresses and email addresses', () => {
    for (const ok of ['(555) 010-0199', '+1 555 010 0199', '555.010.0199', '020 7946 0958', '(555) 010-0199 ext. 12']) expect(isPhoneNumber(ok), ok).toBe(true);
    for (const bad of ['call us', '12345', '555-CALL-NOW', '+1 555 010 0199 0199 0199']) expect(isPhoneNumber(bad), bad).toBe(false);
    expect(isHttpsUrl('https://example.org/a')).toBe(true);
    for (const bad of ['http://example.org', 'example.org', 'https://localhost', 'javascript:alert(1)']) expect(isHttpsUrl(bad), bad).toBe(false);
    expect(isEmail('a@b.org')).toBe(true);
    for (const bad of ['a.b.org', 'a@b', '<a@b.org>']) expect(isEmail(bad), bad).toBe(false);
  });

  it('validates the review record too', () => {
    expect(reviewProblems(null)).toEqual([]);
    const record = recordReview(deck, new Map(), { name: 'Dr. Ana Rivera', role: 'Breast oncologist, MD', scope: 'against the fact sheet', date: '2026-03-01' });
    expect(reviewProblems(record)).toEqual([]);
    expect(lines(reviewProblems({ ...record, date: '1 March 2026', contentHash: 'abc' }))).toEqual([
      'slides/review.ts › date: "1 March 2026" is not a real date in the form YYYY-MM-DD. Run `npm run review -- --name "…" --role "…"` to record a review, rather than editing the file by hand',
      'slides/review.ts › contentHash: "abc" must be the 64-character content hash that `npm run review` writes. Run `npm run review -- --name "…" --role "…"` to record a review, rather than editing the file by hand',
    ]);
  });
});

describe('the clinic’s details in the compiled deck', () => {
  const plain = compileDeck({ deck });
  const local = compileDeck({ deck, local: fullLocal });
  const contactLines = (d: typeof plain) => d.slides.flatMap((s) => s.body.flatMap((b) => (b.type === 'contact' ? [{ slide: s.id, lines: b.lines }] : [])));

  it('with nothing set: no byline, and the contact block says "your care team" only', () => {
    expect(plain.slides[0]!.byline).toEqual([]);
    const blocks = contactLines(plain);
    expect(blocks.length).toBeGreaterThan(0);
    for (const b of blocks) expect(b.lines).toEqual(['Questions? Call your care team.']);
    expect(plain.meta.author).toBe(deck.meta.author);
  });

  it('with every field set: the title slide names the presenter, the clinic and the date', () => {
    expect(local.slides[0]!.byline).toEqual(['Presented by Dana Lee, Oncology nurse educator · Riverside Cancer Center · December 3, 2026']);
  });

  it('the action slides and the summary say who to call, with phone, hours, website and email', () => {
    const blocks = contactLines(local);
    expect(blocks.map((b) => b.slide)).toEqual(expect.arrayContaining(['what-this-means-for-you', 'summary']));
    for (const b of blocks) {
      expect(b.lines).toEqual(['Call Riverside Cancer Center at (555) 010-0199.', 'Monday to Friday, 8 am to 5 pm · https://example.org/breast-care']);
    }
  });

  it('the clinic’s words are checked like slide text (they are parts of the slides)', () => {
    const summary = local.slides.find((s) => s.id === 'summary')!;
    expect(summary.parts.filter((p) => p.role === 'contact').map((p) => runsText(p.runs))).toContain('Call Riverside Cancer Center at (555) 010-0199.');
    expect(local.slides[0]!.parts.filter((p) => p.role === 'byline').map((p) => runsText(p.runs))).toEqual(local.slides[0]!.byline);
  });

  it('the author (PDF metadata) is the presenter and the clinic', () => {
    expect(local.meta.author).toBe('Dana Lee, Riverside Cancer Center');

  });
});

describe('the review record in the compiled deck', () => {
  const who = { name: 'Dr. Ana Rivera', role: 'Breast oncologist, MD', scope: 'against the full paper and the fact sheet', date: '2026-03-01' };
  const reviewRows = (d: ReturnType<typeof compileDeck>) =>
    d.slides.find((s) => s.kind === 'about')!.body.flatMap((b) => (b.type === 'deck-info' ? b.rows.filter((r) => /review/i.test(r.label)) : []));

  it('no record: the about slide says it has not been reviewed by a clinician', () => {
    const d = compileDeck({ deck, review: null });
    expect(d.review).toEqual({ state: 'none' });
    expect(reviewRows(d)[0]).toEqual({ label: 'Clinical review', value: 'Not yet reviewed by a clinician.' });
  });

  it('a record of this content: "Reviewed by NAME, ROLE on DATE", and the next review 12 months on', () => {
    const d = compileDeck({ deck, review: recordReview(deck, new Map(), who) });
    expect(d.review).toMatchObject({ state: 'current', nextDue: '2027-03-01' });
    expect(reviewRows(d)).toEqual([
      { label: 'Clinical review', value: 'Reviewed by Dr. Ana Rivera, Breast oncologist, MD, on March 1, 2026 (against the full paper and the fact sheet).' },
      { label: 'Next review due', value: 'March 1, 2027' },
    ]);
  });

  it('content changed since: no longer shown as reviewed, and the changed slide and registry are named', () => {
    const review = recordReview(deck, new Map(), who);
    const changed = {
      ...deck,
      slides: deck.slides.map((s) => (s.id === 'large-trials' ? { ...s, title: `${s.title}!` } : s)),
      sources: { ...deck.sources, ebctcg2018: { ...deck.sources.ebctcg2018, year: 2019 } },
    } as unknown as typeof deck;
    const d = compileDeck({ deck: changed, review });
    expect(d.review).toMatchObject({ state: 'changed', changedSlides: ['large-trials'], otherChanges: ['slides/sources.ts'] });
    expect(reviewStatement(d.review)).toBe('Changed since the review by Dr. Ana Rivera on March 1, 2026; not yet reviewed again by a clinician.');
    expect(reviewRows(d)[0]!.value).not.toMatch(/^Reviewed by/);
  });

  it('a changed figure file changes the slide that shows it', () => {
    const slideWithFigure = deck.slides.find((s) => s.body.some((b) => b.type === 'figure'))!;
    const src = slideWithFigure.body.find((b) => b.type === 'figure')!.src;
    const review = recordReview(deck, new Map([[src, '<svg/>']]), who);
    expect(compileDeck({ deck, review, figures: new Map([[src, '<svg></svg>']]) }).review).toMatchObject({ changedSlides: [slideWithFigure.id] });
  });
});
