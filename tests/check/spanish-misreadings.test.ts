// How the checker reads Spanish where it once misread it, on the clean Spanish fixture deck (read
// beside the English): each general fix has a sentence it must let pass and one it must still catch.

import { describe, expect, it } from 'vitest';
import { problemLine } from '../../src/check/rule.ts';
import { runChecks } from '../../src/check/run.ts';
import { CLAIM_WORDS } from '../../src/check/claims/words.ts';
import { foldAccents } from '../../src/model/fold.ts';
import type { AnyDeck } from '../../src/model/types.ts';
import { addSay } from '../fixtures/check/clean-deck.ts';
import { cleanDeckEs, englishDeck, TRANSLATION } from '../fixtures/check/clean-deck-es.ts';

/** The problems of one rule after one sentence (citing facts) is added to a slide's notes. */
function found(rule: string, slide: string, text: string, facts: readonly string[]): string[] {
  const deck: AnyDeck = addSay(cleanDeckEs(), slide, { text, facts });
  return runChecks({ deck, source: englishDeck(), translation: TRANSLATION })
    .problems.filter((p) => p.rule === rule)
    .map(problemLine);
}

describe('claim-names: a name translated word by word is checked against the English facts', () => {
  it('accepts "Administración de Alimentos y Medicamentos" for "Food and Drug Administration"', () => {
    expect(found('claim-names', 'what-is-a-doorway', 'La Administración de Alimentos y Medicamentos no aprobó ninguna prueba de puertas.', ['no-doorway-test'])).toEqual([]);
  });
  it('still names a word no fact has ("Agencia Europea")', () => {
    expect(found('claim-names', 'what-is-a-doorway', 'La Agencia Europea de Medicamentos no aprobó ninguna prueba de puertas.', ['no-doorway-test'])).toHaveLength(1);
  });
});

describe('reported speech: "un titular dijo" (singular) is the press speaking', () => {
  it('lets a headline\'s words pass as reported', () => {
    expect(found('claim-wording', 'the-headline', 'Un titular dijo que la quimio puede ser contraproducente.', ['news-2025'])).toEqual([]);
  });
  it('still catches the same words said by the deck', () => {
    expect(found('claim-wording', 'the-headline', 'La quimio puede ser contraproducente.', ['news-2025'])).toHaveLength(1);
  });
});

describe('claim-wording: "lo más" and "la mayor parte" are not a difference between groups', () => {
  it('accepts "Lo más importante" before a finding of no difference', () => {
    expect(found('claim-wording', 'trial-results', 'Lo más importante: la supervivencia fue igual en los dos grupos.', ['trials-survival'])).toEqual([]);
  });
  it('still catches a difference the fact does not have', () => {
    expect(found('claim-wording', 'trial-results', 'Con la quimio primero, la supervivencia fue mayor.', ['trials-survival'])).toHaveLength(1);
  });
});

describe('claim-numbers: "los dos grupos" is "both groups", not a count', () => {
  it('accepts "en los dos grupos"', () => {
    expect(found('claim-numbers', 'trial-results', 'La supervivencia fue igual en los dos grupos.', ['trials-survival'])).toEqual([]);
  });
  it('still counts "dos estudios"', () => {
    expect(found('claim-numbers', 'trial-results', 'Dos estudios compararon la quimio antes y después de la cirugía.', ['trials-design'])).toHaveLength(1);
  });
});

describe('claim-wording: "frente a" (versus) is not "frenar", and "así que" is not "than"', () => {
  it('accepts the numbers of both groups given with "frente a"', () => {
    expect(found('claim-wording', 'trial-results', 'Con la quimio primero, 65 de cada 100 mujeres conservaron el seno, frente a 49 de cada 100.', ['trials-breast'])).toEqual([]);
  });
  it('accepts "así que la quimio …" after a finding that agrees with the fact', () => {
    expect(found('claim-wording', 'what-is-a-doorway', 'En ratones, la quimio hizo más puertas, así que la quimio tuvo un efecto en el tumor.', ['mice-doorways'])).toEqual([]);
  });
  it('still reads "que" after "más" as the other group (the baseline), never "así que"', () => {
    const baseline = new RegExp(CLAIM_WORDS.es.baseline.source, 'iu');
    expect(baseline.test(foldAccents('hubo más puertas que la otra'))).toBe(true);
    expect(baseline.test(foldAccents('frenó el tumor, así que la quimio funcionó'))).toBe(false);
  });
});

describe('reported speech: "Según la noticia, …" is the press speaking, as "la noticia dijo"', () => {
  it('lets the news\'s words pass as reported', () => {
    expect(found('claim-wording', 'the-headline', 'Según la noticia, la quimio puede ser contraproducente.', ['news-2025'])).toEqual([]);
  });
  it('still catches the same words "según el estudio" (a study is not the press)', () => {
    expect(found('claim-wording', 'the-headline', 'Según el estudio, la quimio puede ser contraproducente.', ['news-2025'])).toHaveLength(1);
  });
});

describe('claim-wording: "de forma más inteligente" is a manner, not a difference between groups', () => {
  it('accepts it beside a finding of no difference', () => {
    expect(found('claim-wording', 'trial-results', 'Hay expertos que piden usar la quimio de forma más inteligente.', ['trials-survival'])).toEqual([]);
  });
  it('still catches a difference the facts do not show', () => {
    expect(found('claim-wording', 'trial-results', 'Con la quimio primero, más mujeres vivieron.', ['trials-survival'])).toHaveLength(1);
  });
});
