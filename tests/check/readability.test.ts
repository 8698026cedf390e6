// Readability counts and formulas against hand-counted fixtures (content-standards.md §3.4, A32).

import { dictionary } from 'cmu-pronouncing-dictionary';
import { describe, expect, it } from 'vitest';
import { spokenNumber } from '../../src/check/readability/number-words.ts';
import { readFileSync } from 'node:fs';
import { retext } from 'retext';
import retextPassive from 'retext-passive';
import { isPassive, mentionsBe } from '../../src/check/readability/passive.ts';
import { PROJECT_SYLLABLES } from '../../src/check/readability/project-syllables.ts';
import { countSentences, scores, SMOG_MIN_SENTENCES } from '../../src/check/readability/scores.ts';
import { isCompleteSentence, sentences, words } from '../../src/check/readability/segment.ts';
import { syllableCount, syllableInfo } from '../../src/check/readability/syllables.ts';

describe('syllables', () => {
  it.each([
    ['TMEM', 4],
    ['neoadjuvant', 5],
    ['rebastinib', 4],
    ['chemotherapy', 5],
    ['metastasis', 4],
    ['paclitaxel', 4],
    ['microenvironment', 6],
    ['chemo', 2],
    ['doorway', 2],
    ['macrophage', 3],
    ['surgery', 3],
    ['FDA', 3],
    ['EBCTCG', 6],
    ['HER2', 2],
    ['TMEM-mediated', 8], // 4 + me-di-at-ed
    ['women’s', 2],
  ])('%s has %i', (word, n) => {
    expect(syllableCount(word)).toBe(n);
  });

  it('counts numerals as spoken', () => {
    expect(syllableCount('2017')).toBe(5); // twen-ty sev-en-teen
    expect(syllableCount('2005')).toBe(4); // two thou-sand five
    expect(syllableCount('1998')).toBe(5); // nine-teen nine-ty eight
    expect(syllableCount('4,756')).toBe(10); // four thou-sand sev-en hun-dred fif-ty six
    expect(syllableCount('38.2')).toBe(5); // thir-ty eight point two
    expect(syllableCount('50%')).toBe(4); // fif-ty per-cent
    expect(syllableCount('20')).toBe(2);
  });

  it('looks up the dictionary first, then the project table, then spells acronyms, then the heuristic', () => {
    expect(syllableInfo('chemotherapy').source).toBe('dictionary');
    expect(syllableInfo('rebastinib').source).toBe('project');
    expect(syllableInfo('TMEM').source).toBe('project');
    expect(syllableInfo('FDA').source).toBe('letters');
    expect(syllableInfo('2017').source).toBe('number');
    expect(syllableInfo('blorptastic').source).toBe('heuristic');
  });

  it('has no project entry that the dictionary would shadow', () => {
    expect(Object.keys(PROJECT_SYLLABLES).filter((k) => k in dictionary)).toEqual([]);
  });

  it('uses the project table for every entry', () => {
    for (const [word, n] of Object.entries(PROJECT_SYLLABLES)) expect(syllableCount(word), word).toBe(n);
  });
});

describe('spoken numbers', () => {
  it.each([
    ['2017', 'twenty seventeen'],
    ['2005', 'two thousand five'],
    ['1900', 'nineteen hundred'],
    ['1905', 'nineteen oh five'],
    ['4,756', 'four thousand seven hundred fifty six'],
    ['38.2', 'thirty eight point two'],
    ['100', 'one hundred'],
    ['0', 'zero'],
    ['1,000,000', 'one million'],
    ['50%', 'fifty percent'],
  ])('%s is "%s"', (n, spoken) => {
    expect(spokenNumber(n)?.join(' ')).toBe(spoken);
  });

  it('is not used for words', () => {
    expect(spokenNumber('twenty')).toBeUndefined();
    expect(spokenNumber('3-fold')).toBeUndefined();
  });

  it('only produces words the dictionary knows', () => {
    for (let n = 0; n <= 2100; n += 7) {
      for (const w of spokenNumber(String(n))!) expect(dictionary[w], `${n}: ${w}`).toBeDefined();
    }
  });
});

describe('segmenting', () => {
  it('splits sentences, keeping numbers, abbreviations and quotes whole', () => {
    const text = 'In 38.2 per 100 women, 4,756 women took part. Dr. Smith said "Chemo Can Backfire!" Was it new? No!';
    expect(sentences(text)).toEqual(['In 38.2 per 100 women, 4,756 women took part.', 'Dr. Smith said "Chemo Can Backfire!"', 'Was it new?', 'No!']);
  });

  it('keeps a one-word answer as its own sentence, and joins "et al." and "e.g." to what follows', () => {
    expect(sentences('No. It came out in 2017.')).toEqual(['No.', 'It came out in 2017.']);
    expect(sentences('Karagiannis et al. Wrote it. Ask, e.g. Your nurse.')).toEqual(['Karagiannis et al. Wrote it.', 'Ask, e.g. Your nurse.']);
  });

  it('counts numbers, hyphenated words and percentages as one word each; a dash is not a word', () => {
    expect(words('In 38.2 per 100 women, 4,756 women took part.')).toEqual(['In', '38.2', 'per', '100', 'women', '4,756', 'women', 'took', 'part']);
    expect(words('A TMEM-mediated, 3-fold change – not 50% more.')).toEqual(['A', 'TMEM-mediated', '3-fold', 'change', 'not', '50%', 'more']);
    expect(words('Don’t stop.')).toEqual(['Don’t', 'stop']);
  });

  it('knows complete sentences', () => {
    expect(isCompleteSentence('Is it new?')).toBe(true);
    expect(isCompleteSentence('He said "no."')).toBe(true);
    expect(isCompleteSentence('Ask your care team')).toBe(false);
    expect(isCompleteSentence('The main message:')).toBe(false);
  });
});

describe('counts and formulas', () => {
  it('"The cat sat on the mat." scores FRE 116.1–116.5 and FKGL -1.45', () => {
    const counts = countSentences(['The cat sat on the mat.']);
    expect(counts).toEqual({ sentence: 1, word: 6, syllable: 6, polysillabicWord: 0 });
    const s = scores(counts);
    expect(s.fleschReadingEase).toBeCloseTo(116.145, 3); // 206.835 − 1.015·6 − 84.6·1
    expect(s.fleschKincaidGrade).toBeCloseTo(-1.45, 3); // 0.39·6 + 11.8·1 − 15.59
    expect(s.smog).toBeNull();
  });

  it('"This sentence has eight syllables." has 8 syllables', () => {
    expect(countSentences(['This sentence has eight syllables.']).syllable).toBe(8);
  });

  it('matches hand counts for a two-sentence text', () => {
    // The cat sat on the mat (6 words, 6 syllables) + Chem-o-ther-a-py is giv-en be-fore sur-ge-ry (5 words, 13 syllables).
    const counts = countSentences(['The cat sat on the mat.', 'Chemotherapy is given before surgery.']);
    expect(counts).toEqual({ sentence: 2, word: 11, syllable: 19, polysillabicWord: 2 });
    const s = scores(counts);
    expect(s.fleschKincaidGrade).toBeCloseTo(0.39 * 5.5 + (11.8 * 19) / 11 - 15.59, 6); // 6.9368
    expect(s.fleschReadingEase).toBeCloseTo(206.835 - 1.015 * 5.5 - (84.6 * 19) / 11, 6); // 55.1252
  });

  it(`computes SMOG from ${SMOG_MIN_SENTENCES} sentences, and not below`, () => {
    const thirty = [...Array<string>(29).fill('The cat sat on the mat.'), 'Chemotherapy is given before surgery.'];
    expect(scores(countSentences(thirty)).smog).toBeCloseTo(1.043 * Math.sqrt(2) + 3.1291, 6); // 4.6041
    expect(scores({ sentence: 30, word: 300, syllable: 400, polysillabicWord: 9 }).smog).toBeCloseTo(6.2581, 4);
    expect(scores(countSentences(thirty.slice(1))).smog).toBeNull();
  });

  it('gives null, not NaN or 0, for an empty text', () => {
    expect(scores(countSentences([]))).toEqual({ smog: null, fleschKincaidGrade: null, fleschReadingEase: null });
  });
});

describe('passive voice', () => {
  it('finds irregular participles (retext-passive)', () => {
    expect(isPassive('Most of it was done in mice.')).toBe(true);
    expect(isPassive('The spread was seen in mice.')).toBe(true);
  });

  it('finds regular participles (our pattern)', () => {
    expect(isPassive('The study was published in 2017.')).toBe(true);
    expect(isPassive('The women were not treated with chemo.')).toBe(true);
  });

  it('leaves active sentences and adjectives alone', () => {
    expect(isPassive('Researchers looked at tumor tissue.')).toBe(false);
    expect(isPassive('I am worried about my chemo.')).toBe(false);
    expect(isPassive('We need more help.')).toBe(false);
    expect(isPassive('It is not new.')).toBe(false);
  });

  it('parses only sentences that could be passive: every one retext-passive flags has a form of "be"', () => {
    // The helper-written probe sentences (written without the checker) and some made to be awkward.
    const probes = ['probe', 'probe2', 'probe3'].flatMap((dir) => (JSON.parse(readFileSync(new URL(`../fixtures/${dir}/sentences.json`, import.meta.url), 'utf8')) as { text: string }[]).map((p) => p.text));
    const awkward = ['WAS SEEN in mice.', 'It’s been done before.', 'Being seen matters.', 'It was-seen.', 'The cells (were) seen.', 'It is—done.', 'Tumors,were seen.', '2 was seen', 'They had it done.', 'It got done.'];
    const library = retext().use(retextPassive);
    const flagged = [...probes, ...awkward].filter((s) => library.processSync(s).messages.length > 0);
    expect(flagged.length).toBeGreaterThan(8);
    expect(flagged.filter((s) => !mentionsBe(s))).toEqual([]);
    // And the shortcut answers no only where there is no such word.
    expect(mentionsBe('They had it done.')).toBe(false);
    expect(mentionsBe('Isabel was there.')).toBe(true);
    expect(mentionsBe('Isabel went.')).toBe(false);
  });
});
