// Every "Do NOT say" entry of the fact sheet (/work/shared/brief/study-facts.md, its last section)
// is a rule of `npm run check`. DO_NOT_SAY maps each entry to the rules that catch it, to the
// fixtures that break it (cases in tests/fixtures/check/breaks/<rule-id>.ts: at least three,
// differently worded, per entry), and to near misses: sentences that say the allowed thing nearby
// and must pass every honesty rule. The test fails if an entry loses its rule or its fixtures, if a
// fixture stops being caught, or if a near miss starts to be flagged. The fact sheet's 15 "Safe
// plain-language statements" must pass the honesty rules too, on any kind of slide.

import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEdition } from '../../src/check/reading.ts';
import { problemLine } from '../../src/check/rule.ts';
import { RULES } from '../../src/check/rules/index.ts';
import { runChecks } from '../../src/check/run.ts';
import type { BrokenCase } from '../fixtures/check/broken-case.ts';
import { addSay, cleanDeck } from '../fixtures/check/clean-deck.ts';

interface Entry {
  /** Words of the fact sheet's entry (its bullet contains them). */
  readonly entry: string;
  /** Rule ids that catch it. */
  readonly rules: readonly string[];
  /** Names of cases in breaks/<rule-id>.ts of those rules. */
  readonly fixtures: readonly string[];
  /** [slide id, sentence]: the allowed thing, said nearby. */
  readonly nearMisses: readonly (readonly [string, string])[];
}

// Slides of the clean fixture deck, by kind of evidence.
const MOUSE = 'what-is-a-doorway';
const NEWS = 'the-headline';
const TRIALS = 'trial-results';

export const DO_NOT_SAY: readonly Entry[] = [
  {
    entry: '"Chemotherapy makes breast cancer spread" or "chemo makes cancer more aggressive" as a proven fact in people',
    rules: ['causal-people', 'mouse-results'],
    fixtures: [
      'chemo makes breast cancer spread, with no one named (a claim about people)',
      'chemo makes cancer more aggressive, with no one named',
      'active: chemo made the cancer spread in women',
      'passive: spread was made worse by chemo in patients',
      'passive: spread is caused by chemo, in people',
      'passive: was spread by chemo, in humans',
      '"fuels" spread in women',
      '"promotes" spread in patients',
      '"is to blame" for spread in women',
      'negation trap: "no doubt" affirms',
      'negation trap: "not just", then a second clause',
      'harm stated on a randomized-trials slide (the trials found no difference)',
      'mouse result restated in women: cancer cells in the blood',
      'mice named in the same clause do not excuse women',
      'mouse result restated in patients: spread to the lungs',
      'mouse result restated in the 20 women: more spread',
      'mouse result restated in women on a randomized-trials slide',
      'mouse result restated in patients on a mouse-study slide',
      'people in one clause do not excuse a mouse result in the other',
    ],
    nearMisses: [
      [NEWS, 'In mice, chemo led to more cancer cells in the blood.'],
      [MOUSE, 'In mice, chemo led to more cancer cells in the blood; in women, the study only measured tissue markers.'],
      [NEWS, 'It did not show that these women had more spread.'],
      [NEWS, 'The extra spread was seen in mice, not in people.'],
      [NEWS, 'What happens in mice may not happen in people.'],
      [NEWS, 'The headline said "Chemo makes cancer more aggressive in women", but that was seen in mice.'],
      [NEWS, 'In 2025, a news site said chemo can backfire and make cancer more aggressive.'],
      [NEWS, 'This does not mean that chemo causes spread in women.'],
      [NEWS, 'Does chemo make cancer spread in women?'],
      [MOUSE, 'In mice, paclitaxel slowed tumor growth but also made more doorways.'],
    ],
  },
  {
    entry: '"Chemo before surgery is dangerous," "should be avoided," or "should be stopped."',
    rules: ['avoid-chemo'],
    fixtures: [
      '"chemo before surgery is dangerous"',
      'passive: "should be avoided"',
      'active: women should stop chemo',
      '"you may want to skip chemo"',
      'an order: "Stop chemo"',
      '"skipping chemo is safer"',
      'risky and best avoided, on a randomized-trials slide',
    ],
    nearMisses: [
      [NEWS, 'The lead researcher said patients should not avoid chemo because of these findings.'],
      [NEWS, 'Do not stop or delay treatment because of this study.'],
      [NEWS, 'Stopping or delaying chemo could be dangerous.'],
      [TRIALS, 'Is chemo before surgery more dangerous than chemo after?'],
      [TRIALS, 'Chemo before surgery is still a standard choice for many people.'],
    ],
  },
  {
    entry: '"A new study in 2025…" It was published in 2017.',
    rules: ['study-date'],
    fixtures: [
      '"a new study in 2025"',
      '"the study was published in 2025"',
      '"this year\'s study"',
      '"just published"',
      '"new research"',
      '"the latest study"',
      '"new study" in the deck description',
    ],
    nearMisses: [
      [NEWS, 'This study was published in July 2017. It is not a new study.'],
      [NEWS, 'The 2025 headline called it new.'],
      [NEWS, 'The story called it "new research".'],
      [NEWS, 'A 2023 study looked at tissue from more women.'],
    ],
  },
  {
    entry: '"The 20 women received doxorubicin and cyclophosphamide." … avoid stating the order of the drugs',
    rules: ['chemo-regimen'],
    fixtures: [
      'the two drugs only (active)',
      'the two drugs only (passive)',
      '"two common chemo drugs"',
      'an order: paclitaxel first',
      'an order: followed by paclitaxel',
    ],
    nearMisses: [
      [NEWS, 'They had three chemo drugs, including paclitaxel.'],
      [NEWS, 'The women had paclitaxel, doxorubicin and cyclophosphamide before surgery.'],
      [MOUSE, 'In mice, doxorubicin and cyclophosphamide led to similar findings.'],
      [NEWS, 'It named only two of the three chemo drugs the women had.'],
    ],
  },
  {
    entry: '"Doorways increased in all 20 women," or any exact fraction',
    rules: ['human-count'],
    fixtures: [
      '"all 20 women" (digits)',
      '"all twenty women" (words)',
      '"every one of the 20 women"',
      '"17 of 20 women"',
      '"most of the women"',
      '"85%" of the women',
      '"over half of the patients" in a high-risk group',
      '"nearly all of the patients"',
      '"each woman"',
      '"most patients had an increase"',
      '"a few people" with a fivefold rise',
      'a number of women other than the sample size',
      '"the 20 women" stated as a whole, not "tended to"',
      'negation trap: "did not rise in 3 of the 20" still counts',
    ],
    nearMisses: [
      [NEWS, 'About 20 women had chemo before surgery.'],
      [NEWS, 'In people, it looked at bits of tumor from about 20 women.'],
      [NEWS, 'The leftover tumor tended to have more doorways.'],
      [NEWS, 'After chemo, the leftover tumors of the 20 women tended to have more doorways.'],
      [NEWS, 'Reports differ on how many of the women showed this, so we do not give a number.'],
      [NEWS, 'We do not know how many of the 20 women had more doorways.'],
      [NEWS, 'Tissue from 20 women shows signs, not outcomes.'],
      [TRIALS, 'In 10 trials, about 38 in 100 women had spread either way.'],
    ],
  },
  {
    entry: '"TMEM doorways are in the blood" or "a blood test for TMEM."',
    rules: ['tmem-in-tissue'],
    fixtures: [
      '"doorways are in the blood"',
      '"doorways travel in your bloodstream"',
      '"a blood test can count your doorways"',
      'passive: measured from a blood sample',
      '"structures in the blood"',
    ],
    nearMisses: [
      [NEWS, 'They are not in the blood, and they are not counted with a blood test.'],
      [NEWS, 'Doorways are only seen in tumor tissue under a microscope.'],
      [NEWS, 'A doorway is a spot in a tumor where cancer cells can slip into the blood.'],
      [MOUSE, 'In mice, they counted doorways, and cancer cells in the blood and lungs.'],
      [NEWS, 'A doorway sits at the wall of a blood vessel.'],
    ],
  },
  {
    entry: '"Chemo switches on a repair mechanism that makes tumors grow back stronger."',
    rules: ['grow-back-stronger'],
    fixtures: [
      'the press wording itself',
      '"tumors grow back stronger", in patients',
      'passive: a repair process is activated',
      '"turns on the body\'s repair response"',
    ],
    nearMisses: [
      [NEWS, 'The study did not show tumors growing back stronger in patients.'],
      [NEWS, 'The news said chemo "switches on a repair mechanism".'],
      [TRIALS, 'With chemo first, cancer came back in the same breast or nearby somewhat more often.'],
    ],
  },
  {
    entry: '"Neoadjuvant chemo increases the risk of metastasis or death."',
    rules: ['causal-people'],
    fixtures: [
      'neoadjuvant chemo increases the risk of metastasis or death',
      'raises the risk of dying, on a randomized-trials slide',
      'women with chemo first more likely to die',
      'passive: the risk of death is increased by chemo',
      'chemo before surgery shortens lives',
    ],
    nearMisses: [
      [TRIALS, 'In those studies, the chance of cancer spreading to other organs was about the same either way.'],
      [TRIALS, 'Chemo before surgery was linked to a somewhat higher chance of cancer coming back nearby.'],
      [TRIALS, 'In women, the order caused no change in survival.'],
      [TRIALS, 'Large trials found the same survival with chemo before or after surgery.'],
      [NEWS, 'Earlier studies found that tumors with more doorways were more likely to spread.'],
    ],
  },
  {
    entry: '"Rebastinib prevents metastasis in people," "rebastinib is available or approved," or "ask your doctor for rebastinib."',
    rules: ['rebastinib-status'],
    fixtures: [
      '"prevents metastasis in people"',
      'passive: spread is stopped by rebastinib in women',
      'present tense, without "in mice"',
      '"now approved"',
      '"available"',
      '"ask your doctor for rebastinib"',
    ],
    nearMisses: [
      [NEWS, 'Rebastinib is an experimental drug. It is not approved. It has only been tested in small early studies.'],
      [MOUSE, 'In mice, rebastinib blocked the extra spread.'],
      [NEWS, 'You can only get rebastinib in a clinical trial.'],
      [NEWS, 'Rebastinib is not a treatment you can ask for.'],
      [NEWS, 'Can I get rebastinib with my chemo?'],
    ],
  },
  {
    entry: '"Doctors should do a biopsy partway through chemo to check TMEM."',
    rules: ['mid-chemo-biopsy'],
    fixtures: [
      '"doctors should do a biopsy partway through chemo"',
      '"ask for a tissue test halfway through chemo"',
      'passive: "is recommended"',
      '"women need a mid-treatment biopsy"',
    ],
    nearMisses: [
      [NEWS, 'He suggested testing tumor tissue partway through chemo.'],
      [NEWS, 'No guideline we found recommends a biopsy partway through chemo.'],
      [NEWS, 'Should I ask for a tissue test partway through my chemo?'],
    ],
  },
  {
    entry: '"TMEM testing is routinely used to choose treatment."',
    rules: ['tmem-test-use'],
    fixtures: [
      '"routinely used to choose treatment"',
      'active: doctors use doorway counts',
      '"your care team can order a TMEM test"',
      '"part of standard care"',
    ],
    nearMisses: [
      [NEWS, 'Doorway counts are not used to choose treatment today.'],
      [NEWS, 'Counting doorways is not part of routine care.'],
      [NEWS, 'The study used a research version of a company’s doorway test.'],
      [NEWS, 'Can I ask for my doorways to be counted?'],
    ],
  },
  {
    entry: 'Any specific numbers for mouse CTC counts, lung metastases or p-values.',
    rules: ['mouse-numbers'],
    fixtures: ['"5 times more cancer cells" (digits)', '"eight of ten mice" (words)', '"doubled"', 'a p-value', 'a percentage, on a news slide'],
    nearMisses: [
      [MOUSE, 'In mice, chemo led to more cancer cells in the blood and lungs.'],
      [MOUSE, 'The researchers used three kinds of mice.'],
      [MOUSE, 'They watched each mouse for about four and a half hours.'],
      [MOUSE, 'The paper has exact counts for these mouse results, but we could not check them.'],
    ],
  },
  {
    entry: '"All chemotherapy drugs" or "all cancers."',
    rules: ['study-scope'],
    fixtures: ['"all cancers"', '"every type of chemo"', '"cancer in general"', '"all chemotherapy drugs"'],
    nearMisses: [
      [NEWS, 'The study was about breast cancer, not all cancers.'],
      [NEWS, 'It looked mainly at one chemo drug, paclitaxel.'],
      [NEWS, 'Not every cancer cell gets into the blood.'],
      [NEWS, 'Ask your care team whether any clinical trial fits you.'],
    ],
  },
];

/** The fact sheet's "Safe plain-language statements", numbers 1–15, word for word. */
export const SAFE_STATEMENTS: readonly string[] = [
  'This study was published in July 2017 in the journal *Science Translational Medicine*. It is not a new study.',
  'The researchers studied tiny "doorways" in breast tumors, called TMEM, where cancer cells can slip into the blood.',
  'A TMEM doorway is a spot where three cells touch: a cancer cell, an immune cell called a macrophage, and a cell from the wall of a blood vessel.',
  'Earlier studies found that tumors with more of these doorways were more likely to spread, mainly in a common type of breast cancer called ER-positive, HER2-negative.',
  'Most of this study was done in mice. In mice, the chemo drug paclitaxel slowed tumor growth but also made more doorways.',
  'In those mice, chemo also led to more cancer cells in the blood and in the lungs.',
  'In mice, an experimental drug called rebastinib, or removing a protein called Mena, blocked this extra spread.',
  'The researchers also looked at tumor tissue from 20 women who had chemo before surgery. After chemo, the tumor left behind tended to have more doorways.',
  'The study measured signs in tumor tissue. It did not show that these women had more cancer spread or shorter lives.',
  'Large studies of thousands of women compared the same chemo given before surgery or after surgery.',
  'In those studies, the chance of cancer spreading to other organs, and of dying from breast cancer, was about the same either way.',
  'Chemo before surgery was linked to a somewhat higher chance of cancer coming back in the same breast or nearby area. It also let more women keep their breast.',
  'Rebastinib is an experimental drug. It is not approved by the FDA. It has only been tested in small early studies.',
  'No major guideline has changed because of this study. Chemo before surgery is still a standard choice for many people.',
  'The study’s lead researcher said patients should not avoid chemo because of these findings. If you have questions about when to get chemo, ask your cancer care team.',
];

const FACT_SHEET = '/work/shared/brief/study-facts.md';

const modules = import.meta.glob<{ cases: readonly BrokenCase[] }>('../fixtures/check/breaks/*.ts', { eager: true });
const casesByRule = new Map(Object.entries(modules).map(([path, m]) => [basename(path, '.ts'), m.cases]));

/** The rules behind the "Do NOT say" list, plus hype-words (which the deck's wording also meets). */
const HONESTY_RULE_IDS = new Set([...DO_NOT_SAY.flatMap((e) => e.rules), 'hype-words']);
const HONESTY_RULES = RULES.filter((r) => HONESTY_RULE_IDS.has(r.id));

/** What the honesty rules report after adding one sentence to a slide's notes. */
function honestyFindings(slide: string, sentence: string): string[] {
  const reading = readEdition(addSay(cleanDeck(), slide, sentence));
  return HONESTY_RULES.flatMap((rule) => rule.check(reading).map((f) => `${f.slide}: ${rule.id}: ${f.message}`));
}

describe('the "Do NOT say" table', () => {
  it('has the 13 entries of the fact sheet, each with a rule', () => {
    expect(DO_NOT_SAY).toHaveLength(13);
    for (const e of DO_NOT_SAY) expect(e.rules.length, e.entry).toBeGreaterThan(0);
    expect(HONESTY_RULES.map((r) => r.id).sort()).toEqual([...HONESTY_RULE_IDS].sort());
  });

  it.runIf(existsSync(FACT_SHEET))('matches the fact sheet, entry by entry and in order', () => {
    const section = readFileSync(FACT_SHEET, 'utf8').split('## Do NOT say')[1]!;
    const bullets = section.split('\n').filter((l) => l.startsWith('- '));
    expect(bullets).toHaveLength(DO_NOT_SAY.length);
    const words = (s: string) => s.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').split(/\s+/).filter((w) => w.length > 3);
    DO_NOT_SAY.forEach((e, i) => {
      const bullet = words(bullets[i]!).join(' ');
      for (const w of words(e.entry)) expect(bullet, `entry ${i + 1}: "${w}"`).toContain(w);
    });
  });

  for (const [i, e] of DO_NOT_SAY.entries()) {
    describe(`entry ${i + 1}: ${e.entry}`, () => {
      it('is caught by registered error rules', () => {
        for (const id of e.rules) expect(RULES.find((r) => r.id === id)?.severity, id).toBe('error');
      });

      it('has at least three differently worded breaking fixtures, each caught by its rule alone', () => {
        expect(new Set(e.fixtures).size).toBeGreaterThanOrEqual(3);
        const decks = new Set<string>();
        for (const name of e.fixtures) {
          const found = e.rules.flatMap((id) => (casesByRule.get(id) ?? []).filter((c) => c.name === name));
          expect(found, `fixture "${name}" in breaks/{${e.rules.join(',')}}.ts`).toHaveLength(1);
          const c = found[0]!;
          const report = runChecks({ deck: c.deck });
          const errors = [...new Set(report.problems.filter((p) => p.severity === 'error').map((p) => `${p.slide}: ${p.rule}`))];
          expect(errors, report.problems.map(problemLine).join('\n')).toEqual([c.expected]);
          decks.add(JSON.stringify(c.deck));
        }
        expect(decks.size).toBe(e.fixtures.length);
      });

      it.each(e.nearMisses.map(([slide, sentence]) => ({ slide, sentence })))('lets "$sentence" pass on $slide', ({ slide, sentence }) => {
        expect(honestyFindings(slide, sentence)).toEqual([]);
      });
    });
  }
});

describe('the fact sheet’s safe plain-language statements', () => {
  it.runIf(existsSync(FACT_SHEET))('are copied word for word', () => {
    const sheet = readFileSync(FACT_SHEET, 'utf8');
    SAFE_STATEMENTS.forEach((s, i) => expect(sheet).toContain(`${i + 1}. ${s.replace(/’/g, "'")}`));
  });

  // On a news slide, a randomized-trials slide and a mouse-study slide. Statement 4 reports earlier
  // studies in people without naming them: on a slide badged "Mouse study" the audience would read
  // it as a mouse result, so mouse-results asks for it there, as it always has.
  const statements = SAFE_STATEMENTS.map((s, i) => ({ n: i + 1, s: s.replace(/\*/g, '') }));
  for (const slide of [NEWS, TRIALS, MOUSE]) {
    it.each(statements.filter(({ n }) => slide !== MOUSE || n !== 4))(`statement $n passes every honesty rule on ${slide}`, ({ s }) => {
      expect(honestyFindings(slide, s)).toEqual([]);
    });
  }

  it('statement 4 on a mouse-study slide is asked for "in mice" (the only exception)', () => {
    expect(honestyFindings(MOUSE, statements[3]!.s)).toEqual([expect.stringMatching(/^what-is-a-doorway: mouse-results: notes\.say\[\d\] reports a result without saying it was in mice/)]);
  });
});
