// What the fact files share, written once: who the facts are about, and the day they were last checked.

import type { Population } from '../../src/model/facts.ts';

export const MICE = { kind: 'mice', who: 'mice with breast tumors (three kinds, one grown from a patient’s tumor)' } as const satisfies Population;
export const WOMEN_TISSUE = {
  kind: 'tissue',
  who: 'leftover tumor tissue from about 20 women who had chemo before surgery (2017 study)',
} as const satisfies Population;
export const EARLIER_TISSUE = { kind: 'tissue', who: 'stored tumor samples from patients in earlier studies (2014), with their later outcomes' } as const satisfies Population;
export const LATER_TISSUE = { kind: 'tissue', who: 'leftover tumor tissue from 96 Black and 87 white women after chemo (2023 study), with their later outcomes' } as const satisfies Population;
export const TRIALS = { kind: 'trial', who: '4,756 women in 10 randomized trials of the same chemo before or after surgery' } as const satisfies Population;
export const B18 = { kind: 'trial', who: 'women in the NSABP B-18 trial: 751 had chemo before surgery, 742 after' } as const satisfies Population;
export const B27 = { kind: 'trial', who: 'women in the NSABP B-27 trial, which tested adding the drug docetaxel to chemo (AC) given before surgery' } as const satisfies Population;
export const EARLY_TRIAL = { kind: 'trial', who: 'people with breast cancer that had spread, in a small early trial of rebastinib (2024)' } as const satisfies Population;
export const REGISTRY = { kind: 'registry', who: 'records of 24,843 women in the California Cancer Registry who had chemo after surgery' } as const satisfies Population;
export const NOBODY = { kind: 'none', who: 'nobody in particular (a date, a definition, a status or an opinion)' } as const satisfies Population;

/** The day every fact below was last checked against the study fact sheet (change it when you re-check one). */
export const CHECKED = '2026-12-01';
