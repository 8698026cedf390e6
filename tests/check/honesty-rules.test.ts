// The heuristics of the rules added for the fact sheet's "Do NOT say" list, case by case: where
// each one draws the line. (tests/check/do-not-say.test.ts maps every entry to its rules, breaking
// fixtures and near misses; this file tests the edges.)

import { describe, expect, it } from 'vitest';
import { readEdition } from '../../src/check/reading.ts';
import type { Rule } from '../../src/check/rule.ts';
import { adviceAgainstChemo, avoidChemo } from '../../src/check/rules/avoid-chemo.ts';
import { chemoRegimen, regimenProblem } from '../../src/check/rules/chemo-regimen.ts';
import { growBackStronger } from '../../src/check/rules/grow-back-stronger.ts';
import { countInSentence, humanCountRule } from '../../src/check/rules/human-count.ts';
import { midChemoBiopsy } from '../../src/check/rules/mid-chemo-biopsy.ts';
import { mouseNumberIn, mouseNumbers } from '../../src/check/rules/mouse-numbers.ts';
import { rebastinibClaim } from '../../src/check/rules/rebastinib-status.ts';
import { claimsNewStudy, studyDate } from '../../src/check/rules/study-date.ts';
import { causalPeople } from '../../src/check/rules/causal-people.ts';
import { studyScope } from '../../src/check/rules/study-scope.ts';
import { tmemInTissue } from '../../src/check/rules/tmem-in-tissue.ts';
import { tmemTestUse } from '../../src/check/rules/tmem-test-use.ts';
import type { AnyDeck } from '../../src/model/types.ts';
import { addSay, cleanDeck, editSlide } from '../fixtures/check/clean-deck.ts';

const found = (rule: Rule, deck: AnyDeck) => rule.check(readEdition(deck)).map((f) => `${f.slide}: ${f.message}`);
const withNote = (rule: Rule, slide: string, sentence: string) => found(rule, addSay(cleanDeck(), slide, sentence));

describe('human-count', () => {
  it.each([
    ['Doorways rose in all 20 women.', 'a quantifier'],
    ['Doorways rose in every one of the twenty women.', 'a quantifier'],
    ['Most patients had a rise in doorways.', 'a quantifier'],
    ['In nine in ten women, the markers went up.', 'a count out of a total'],
    ['Markers rose in 85 percent of the women.', 'a percentage'],
    ['They all had more doorways after chemo.', 'a quantifier'],
    ['Three patients had a higher doorway score.', 'a number of people'],
    ['These 20 women had more doorways after chemo.', '"the 20 women" as a whole'],
  ])('counts "%s" (%s)', (sentence, kind) => {
    expect(countInSentence(sentence)).toBe(kind);
  });

  it.each([
    'About 20 women had chemo before surgery.',
    'After chemo, the leftover tumors of the 20 women tended to have more doorways.',
    'We do not know how many of the 20 women had more doorways.',
    'In 10 trials, about 38 in 100 women had spread either way.',
    'With chemo first, 65 of every 100 women in the trials kept their breast.',
    'Earlier, researchers counted doorways in tumor samples from 259 pairs of patients.',
    'Many people saw the headline and felt scared.',
    'Medical Xpress said doorways rose in "all" patients.',
    'How many of the 20 women had more doorways?',
  ])('does not count "%s"', (sentence) => {
    expect(withNote(humanCountRule, 'the-headline', sentence)).toEqual([]);
  });

  it('names the field, quotes the sentence and gives the allowed wording', () => {
    const [finding] = humanCountRule.check(readEdition(addSay(cleanDeck(), 'the-headline', 'Doorways rose in all 20 women.')));
    expect(finding!.message).toMatch(/^notes\.say\[\d\] says how many of the women had a change \(a quantifier\).*: "Doorways rose in all 20 women\."$/);
    expect(finding!.fix).toContain('tended to have more doorways');
  });
});

describe('mouse-numbers', () => {
  it('finds exact mouse numbers in mouse context only', () => {
    expect(mouseNumberIn('In mice, cancer cells in the blood went up fivefold.', false)).toBe('a number after the outcome');
    expect(mouseNumberIn('There were 3 times more cancer cells in the blood.', true)).toBe('a number before the outcome');
    expect(mouseNumberIn('There were 3 times more cancer cells in the blood.', false)).toBeUndefined();
    expect(mouseNumberIn('In people, 3 in 100 women had spread to the lungs.', true)).toBeUndefined();
  });

  it.each([
    'In mice, blood was taken on day 15.',
    'Some mice got 3 doses of chemo, and cancer cells in the blood were counted.',
    'They watched each mouse for about four and a half hours.',
    'In mice, doorways were two to three times higher.',
    'Finding 2, in mice: more cancer cells got into the blood.',
  ])('allows design numbers and the doorway score: "%s"', (sentence) => {
    expect(withNote(mouseNumbers, 'what-is-a-doorway', sentence)).toEqual([]);
  });

  it('reads slide titles too', () => {
    const deck = editSlide(cleanDeck(), 'what-is-a-doorway', (s) => ({ ...s, title: 'In mice, twice as many cancer cells in the blood' }));
    expect(found(mouseNumbers, deck)).toHaveLength(1);
  });
});

describe('chemo-regimen', () => {
  it('knows an incomplete list from a complete one, and an order from timing', () => {
    expect(regimenProblem('The women had doxorubicin and cyclophosphamide.')).toBe('leaves out paclitaxel');
    expect(regimenProblem('The women had paclitaxel after doxorubicin and cyclophosphamide.')).toBe('states the order of the drugs');
    expect(regimenProblem('Before surgery, the women had paclitaxel, doxorubicin and cyclophosphamide.')).toBeUndefined();
    expect(regimenProblem('After chemo with paclitaxel, doxorubicin and cyclophosphamide, the leftover tumor tended to have more doorways.')).toBeUndefined();
  });

  it.each([
    'In the B-18 trial, women had doxorubicin and cyclophosphamide before or after surgery.',
    'The news named only doxorubicin and cyclophosphamide.',
    'In mice, doxorubicin plus cyclophosphamide led to similar findings.',
  ])('leaves trials, press reports and mice alone: "%s"', (sentence) => {
    expect(withNote(chemoRegimen, 'the-headline', sentence)).toEqual([]);
  });
});

describe('study-date', () => {
  it.each([
    ['This new breast cancer study is worrying.', 'new study'],
    ['The study came out in 2019.', 'published in another year'],
    ['A study from 2025 found more doorways.', 'a 2025 study'],
    ['This recent study looked at doorways.', 'recent study'],
  ])('flags "%s"', (sentence, name) => {
    expect(claimsNewStudy(sentence)).toBe(name);
  });

  it.each(['It is not a new study.', 'The 2017 study came out in July 2017.', 'A 2023 study looked at more women.', 'New trials are testing drugs that block doorways.', 'The story called it new research.'])(
    'does not flag "%s"',
    (sentence) => {
      expect(withNote(studyDate, 'the-headline', sentence)).toEqual([]);
    },
  );

  it('checks the deck title too, quotations aside', () => {
    const deck = cleanDeck();
    expect(found(studyDate, { ...deck, meta: { ...deck.meta, title: 'The latest research on chemo' } })).toEqual([expect.stringMatching(/^deck: meta\.title presents the 2017 study as new/)]);
    expect(found(studyDate, { ...deck, meta: { ...deck.meta, title: 'What the "new study" really found' } })).toEqual([]);
  });
});

describe('tmem-in-tissue', () => {
  it.each([
    'A doorway sits at the wall of a blood vessel.',
    'Doorways let cancer cells into the blood.',
    'They counted doorways, and cancer cells in the blood.',
    'Doorways are not in the blood.',
    'No blood test counts doorways.',
  ])('allows "%s"', (sentence) => {
    expect(withNote(tmemInTissue, 'the-headline', sentence)).toEqual([]);
  });
});

describe('tmem-test-use and mid-chemo-biopsy', () => {
  it('allow the research story, the real status and questions', () => {
    for (const s of [
      'Researchers counted doorways in old tumor samples.',
      'That guideline does not use doorway counts.',
      'Counting doorways is not part of routine care, so your reports will not show them.',
    ]) {
      expect(withNote(tmemTestUse, 'the-headline', s)).toEqual([]);
    }
    for (const s of [
      'He suggested taking a small tissue sample partway through chemo to check the doorways.',
      'That was his idea: a biopsy partway through chemo.',
      'A biopsy is not recommended partway through chemo.',
    ]) {
      expect(withNote(midChemoBiopsy, 'the-headline', s)).toEqual([]);
    }
  });

  it('flag them presented as care', () => {
    expect(withNote(tmemTestUse, 'the-headline', 'Doctors now use doorway scores to guide treatment.')).toHaveLength(1);
    expect(withNote(midChemoBiopsy, 'the-headline', 'Guidelines now recommend a biopsy during chemo to check doorways.')).toHaveLength(1);
  });
});

describe('rebastinib-status', () => {
  it.each([
    'In mice, rebastinib blocked the extra spread.',
    'Rebastinib is the drug that blocked the extra spread in mice.',
    'Rebastinib is not approved by the FDA.',
    'You can only get rebastinib by joining a clinical trial.',
    'Rebastinib was not given to the women in this study.',
  ])('allows "%s"', (sentence) => {
    expect(rebastinibClaim(sentence)).toBeUndefined();
  });

  it('flags a mouse result of rebastinib restated in people', () => {
    expect(rebastinibClaim('In women, rebastinib blocked the extra spread.')).toBe('works in people');
  });
});

describe('avoid-chemo', () => {
  it.each([
    'Stopping or delaying chemo could be dangerous.',
    'If chemo is delayed, ask your care team why.',
    'Do not stop or delay treatment on your own.',
    'It left out that the lead researcher said not to avoid chemo.',
    'Is chemo before surgery more dangerous than chemo after?',
    'If you want to stop chemo, talk to your care team first.',
    'Ask whether surgery first is safer for you.',
    'Never stop chemo on your own.',
  ])('allows "%s"', (sentence) => {
    expect(withNote(avoidChemo, 'the-headline', sentence)).toEqual([]);
  });

  it('flags advice to stop, in any voice', () => {
    expect(adviceAgainstChemo('Chemo must be stopped if doorways rise.')).toBe('avoid or stop it');
    expect(adviceAgainstChemo('It is wiser to refuse chemo before surgery.')).toBe('avoid or stop it');
    expect(adviceAgainstChemo('Surgery first is safer than chemo first.')).toBe('surgery first is safer');
  });
});

describe('grow-back-stronger and study-scope', () => {
  it('allow denials, quotations and other words', () => {
    expect(withNote(growBackStronger, 'the-headline', 'The study did not show tumors growing back stronger in patients.')).toEqual([]);
    expect(withNote(growBackStronger, 'the-headline', 'The article said chemo “switches on a repair mechanism”.')).toEqual([]);
    expect(withNote(studyScope, 'the-headline', 'Not every cancer cell gets into the blood.')).toEqual([]);
    expect(withNote(studyScope, 'the-headline', 'It was not about all cancers.')).toEqual([]);
    expect(withNote(studyScope, 'the-headline', 'Does this apply to all cancers?')).toEqual([]);
  });

  it('flag the claims', () => {
    expect(withNote(growBackStronger, 'the-headline', 'After chemo, cancer cells become stronger.')).toHaveLength(1);
    expect(withNote(studyScope, 'the-headline', 'Any kind of chemo does this.')).toHaveLength(1);
  });
});

describe('causal-people and the registry study of delay (study-facts.md C6)', () => {
  it.each([
    'Long waits for chemo went with lower survival.',
    'In a large study, waiting 3 months or more to start chemo went with a lower chance of survival.',
    'Women who started chemo 3 months or more after surgery had lower survival.',
  ])('allows harm linked with waiting to start chemo: "%s"', (sentence) => {
    expect(withNote(causalPeople, 'the-headline', sentence)).toEqual([]);
  });

  it.each(['Chemo before surgery lowers survival in women.', 'Chemo first cut the lives of these patients short, and waiting did too.'])(
    'still flags harm from chemo itself: "%s"',
    (sentence) => {
      expect(withNote(causalPeople, 'the-headline', sentence)).toHaveLength(1);
    },
  );
});
