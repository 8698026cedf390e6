// slides/handout.ts, the patient handout's content: a typed module that points at slide blocks.
// A wrong slide id does not compile; everything types cannot say is a located problem at load
// time (the build and `npm run check` both load through src/load/deck-input.ts); and the
// handout's text passes the same content check as the slides, read as the handout prints it.

import { describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/load/load-deck.ts';
import { runChecks } from '../../src/check/run.ts';
import { compileDeck } from '../../src/model/compile.ts';
import { formatProblem } from '../../src/model/errors.ts';
import { HANDOUT_SECTIONS, handoutProblems, type HandoutSpec } from '../../src/model/handout-spec.ts';
import { compileHandout } from '../../src/model/handout-compile.ts';
import { runsText } from '../../src/model/runs.ts';
import type { AnyDeck } from '../../src/model/types.ts';
import { defineHandout } from '../../slides/define.ts';
import realHandout from '../../slides/handout.ts';
import realDeck from '../../slides/index.ts';
import { cleanDeck, editSlide } from '../fixtures/check/clean-deck.ts';

const deck = realDeck as unknown as AnyDeck;
const spec = realHandout as HandoutSpec;
const problems = (change: Partial<Record<keyof HandoutSpec, unknown>>) => handoutProblems({ ...spec, ...change }, deck);
const lines = (change: Partial<Record<keyof HandoutSpec, unknown>>) => problems(change).map(formatProblem);

describe('slides/handout.ts: types', () => {
  it('does not compile with a slide id that is not in the deck', () => {
    // @ts-expect-error "no-such-slide" is not a slide id of slides/index.ts
    const typo = defineHandout({ ...realHandout, trialNumbers: 'no-such-slide#trials-chart' });
    // @ts-expect-error "chemotherapy" is not a glossary term id
    const term = defineHandout({ ...realHandout, words: ['chemotherapy'] });
    // ...and the same mistakes made without the types are still caught when the deck loads.
    expect(handoutProblems(typo, deck).map(formatProblem)).toEqual([
      'slides/handout.ts › trialNumbers: "no-such-slide#trials-chart" names the slide "no-such-slide", which is not a slide of the deck. Point at the trials chart, e.g. "large-trials#trials-chart": use a slide id from slides/index.ts',
    ]);
    expect(handoutProblems(term, deck).map(formatProblem)).toEqual(['slides/handout.ts › words[0]: "chemotherapy" is not in the glossary. Use term ids from slides/glossary.ts']);
  });
});

describe('slides/handout.ts: validation when the deck loads', () => {
  it('accepts the real handout', () => {
    expect(handoutProblems(spec, deck)).toEqual([]);
  });

  it('names a block the slide does not have, listing the ones it has', () => {
    expect(lines({ whatToDo: ['what-this-means-for-you#actions'] })).toEqual([
      'slides/handout.ts › whatToDo[0]: "what-this-means-for-you#actions": the slide what-this-means-for-you has no block "actions" (its blocks with ids: action-list, contact, action-steps). Use one of those ids, or give the block an id in slides/what-this-means-for-you.ts',
    ]);
  });

  it('refuses a block that does not fit its section', () => {
    expect(lines({ trialNumbers: 'what-this-means-for-you#action-list' })).toEqual([
      'slides/handout.ts › trialNumbers: "what-this-means-for-you#action-list" is a list block; this section takes chart blocks. Point at the trials chart, e.g. "large-trials#trials-chart"',
    ]);
    expect(lines({ keyPoints: ['what-this-means-for-you#action-steps'] })[0]).toContain('is a figure block; this section takes paragraph or list or callout blocks');
    // What to do takes the steps' figure too (the handout's visual for the action steps).
    expect(lines({ whatToDo: ['what-this-means-for-you#action-steps'] })).toEqual([]);
  });

  it('refuses a pointer that is not slide-id#block-id, and a block used twice', () => {
    expect(lines({ mainMessage: ['title'] })).toEqual(['slides/handout.ts › mainMessage[0]: "title" is not "slide-id#block-id". Point at the main message, e.g. "title#main-message": the slide\'s id, then #, then the id of one of its blocks']);
    expect(lines({ mainMessage: ['title#main-message', 'title#main-message'] })).toEqual(['slides/handout.ts › mainMessage[1]: "title#main-message" is already in the handout (mainMessage[0]). Use each block once']);
  });

  it('lists only sources of the slides it draws on (it cannot bring in evidence of its own)', () => {
    expect(lines({ sources: ['karagiannis2017', 'kim2023'] })).toEqual([
      'slides/handout.ts › sources[1]: "kim2023" is not a source of any slide the handout draws on (title, before-we-start, what-is-a-tmem-doorway, mice-more-doorways, mice-spread, the-human-part, what-has-changed, large-trials, what-the-trials-mean, what-this-means-for-you, summary, questions-to-ask, about-this-deck). List only sources of those slides: the handout points to the evidence for what it says',
    ]);
    expect(lines({ sources: ['karagiannis2017', 'nope2020'] })).toEqual(['slides/handout.ts › sources[1]: "nope2020" is not in the source registry. Use source ids from slides/sources.ts that the slides the handout draws on cite']);
  });

  it('needs the study whose title it prints to be one of its sources', () => {
    expect(lines({ sources: ['ebctcg2018'] })).toEqual([
      'slides/handout.ts › study: "karagiannis2017" is not in the handout\'s sources. Use the id of the study the talk explains, listed in sources, e.g. "karagiannis2017"',
    ]);
  });

  it('names a missing or empty section, and a module that is no handout', () => {
    const { questions: _q, ...noQuestions } = spec;
    expect(handoutProblems(noQuestions, deck).map(formatProblem)).toEqual(['slides/handout.ts › questions: is missing. Point at the questions list, e.g. "questions-to-ask#questions-checklist"']);
    expect(lines({ whatToDo: [] })).toEqual(['slides/handout.ts › whatToDo: is empty. Point at what to do and why, e.g. "what-this-means-for-you#action-list"']);
    expect(handoutProblems('handout', deck).map(formatProblem)[0]).toMatch(/^slides\/handout\.ts › \(default export\): must be \{ mainMessage, /);
  });

  it('needs every section in every edition: a section drawn only from slides the short edition leaves out is named', () => {
    expect(lines({ whatToDo: ['later-study#later-findings'] })).toEqual([
      'slides/handout.ts › whatToDo: the short edition has none of its slides (later-study), so its handout would have no "What to do now, and why" section. Also point at a block of a slide in the short edition, or add the slide to that edition in slides/index.ts',
    ]);
  });
});

describe('compileHandout(): the real handout', () => {
  const input = { deck, local: {}, review: null };
  const full = compileHandout(spec, compileDeck(input), deck);

  it('has its sections in the fixed order, each with the slides’ own words', () => {
    const order = HANDOUT_SECTIONS.map((s) => s.id).filter((id) => id !== 'read-online');
    expect(full.sections.map((s) => s.id)).toEqual(order);
    const main = full.sections[0]!;
    expect(main.kind === 'blocks' && runsText(main.pieces[0]!.block.type === 'callout' ? main.pieces[0]!.block.text : [])).toContain('about the same either way');
  });

  it('says "Ask your care team" without local details, and the clinic’s lines with them; prints the reading view’s address when set', () => {
    expect(full.sections.find((s) => s.kind === 'help')).toMatchObject({ contact: null, lines: ['Ask your care team.'] });
    const local = { organization: 'Riverside Cancer Center', contact: { phone: '(555) 010-0199' }, readingViewUrl: 'https://example.org/tmem/read.html' };
    const withLocal = compileHandout(spec, compileDeck({ ...input, local }), deck);
    expect(withLocal.sections.find((s) => s.kind === 'help')).toMatchObject({ lines: ['Call Riverside Cancer Center at (555) 010-0199.'] });
    expect(withLocal.sections.find((s) => s.kind === 'address')).toMatchObject({ id: 'read-online', url: 'https://example.org/tmem/read.html' });
  });

  it('numbers its short source list 1, 2, 3 in the order slides/handout.ts gives', () => {
    const sources = full.sections.find((s) => s.kind === 'sources');
    expect(sources?.kind === 'sources' && sources.sources.map((s) => [s.number, s.id])).toEqual(spec.sources.map((id, i) => [i + 1, id]));
  });
});

// Loading the real deck takes a few seconds on a busy 2-core machine: not a timing assertion.
describe('npm run check reads the handout as it prints', { timeout: 60_000 }, () => {
  it('passes on the real deck, and reports each edition’s handout with a SMOG grade of at most 8', async () => {
    const input = await loadDeck();
    const report = runChecks(input);
    expect(report.problems.filter((p) => p.slide.startsWith('handout'))).toEqual([]);
    expect(report.handout?.map((e) => e.name)).toEqual(['full', 'short']);
    for (const e of report.handout ?? []) {
      expect(e.sentences).toBeGreaterThan(10);
      expect(e.smog).not.toBeNull();
      expect(e.smog!).toBeLessThanOrEqual(8);
    }
  });

  it('finds what only shows on paper: "do not delay" printed without the slide’s next block that says why', () => {
    // A fixture deck whose every block has an id; on its actions slide, the reason follows the
    // advice in the next block, so the deck itself passes.
    const named = (d: AnyDeck): AnyDeck => ({ ...d, slides: d.slides.map((sl) => ({ ...sl, body: sl.body.map((b, i) => ({ ...b, id: b.id ?? `block-${i}` })) })) as unknown as AnyDeck['slides'] });
    const fixture = named(
      editSlide(cleanDeck() as unknown as AnyDeck, 'what-this-means-for-you', (sl) => ({
        ...sl,
        body: [
          { id: 'advice', type: 'paragraph', text: 'Do not stop or delay your treatment.' },
          { id: 'reason', type: 'paragraph', text: 'Waiting 3 months or more to start chemo went with a lower chance of survival.' },
          ...sl.body,
        ],
      })),
    );
    const blockOf = (slide: string, type: string) => `${slide}#${fixture.slides.find((sl) => sl.id === slide)!.body.find((b) => b.type === type)!.id}` as const;
    const handout = (whatToDo: HandoutSpec['whatToDo']): HandoutSpec => ({
      mainMessage: [blockOf('title', 'callout')],
      canAndCannot: [blockOf('before-we-start', 'list')],
      studyFound: [blockOf('what-is-a-doorway', 'list')],
      trialNumbers: blockOf('trial-results', 'chart'),
      trialWords: [blockOf('trial-results', 'paragraph')],
      whatToDo,
      keyPoints: [blockOf('the-headline', 'list')],
      questions: blockOf('questions-to-ask', 'list'),
      words: ['chemo'],
      help: blockOf('summary', 'contact'),
      sources: ['trials2018'],
      study: 'trials2018',
    });
    const check = (h: HandoutSpec) => {
      expect(handoutProblems(h, fixture)).toEqual([]);
      return runChecks({ deck: fixture, handout: h });
    };
    const deckOnly = runChecks({ deck: fixture });
    expect(deckOnly.problems.filter((p) => p.rule === 'delay-reason')).toEqual([]);
    expect(check(handout(['what-this-means-for-you#advice', 'what-this-means-for-you#reason'])).problems.filter((p) => p.rule === 'delay-reason')).toEqual([]);
    const advice = check(handout(['what-this-means-for-you#advice']));
    expect(advice.problems.filter((p) => p.rule === 'delay-reason').map((p) => [p.slide, p.severity])).toEqual([['handout/what-to-do', 'error']]);
    expect(advice.ok).toBe(false);
  });
});
