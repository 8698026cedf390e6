// The deck's approved recommendations: the only advice about treatment it may give. A sentence
// that tells people to stop, delay, skip, avoid or choose a treatment, or to ask for a drug or a
// test, must cite one of these, and only the actions each one `allows` pass the check
// (src/check/claims/advice.ts). From the fact sheet's safe statement 15, the lead researcher's
// caution, the delay study, and the content standards' calls to action.

import type { Advice } from '../../src/model/facts.ts';
import { CHECKED } from './common.ts';

export const advice = {
  'keep-to-plan': {
    statement: 'Keep to your treatment plan. Do not stop, delay or skip treatment because of this study.',
    basis: ['trials-spread', 'trials-deaths', 'lead-author-advice', 'delay-finding', 'guideline-none-changed'],
    allows: [
      { action: 'keep', polarity: 'do' },
      { action: 'stop', polarity: 'dont' },
      { action: 'delay', polarity: 'dont' },
      { action: 'skip', polarity: 'dont' },
      { action: 'avoid', polarity: 'dont' },
      { action: 'choose', polarity: 'dont' },
    ],
    checked: CHECKED,
  },
  'ask-care-team': {
    statement: 'Take your questions and worries to your care team: the doctors and nurses who look after you.',
    basis: ['guideline-none-changed'],
    allows: [{ action: 'ask-team', polarity: 'do' }],
    checked: CHECKED,
  },
  'ask-why-order': {
    statement: 'Ask your care team why chemo first, or surgery first, was chosen for you, and bring the trial numbers.',
    basis: ['trials-spread', 'trials-local', 'trials-breast', 'why-next-treatment', 'why-preferred'],
    allows: [{ action: 'ask-team', polarity: 'do' }],
    checked: CHECKED,
  },
  'ask-about-trials': {
    statement: 'If you are interested in research, ask your care team whether a clinical trial could fit you. Rebastinib is not a treatment to ask for.',
    basis: ['rebastinib-status', 'rebastinib-trials-only'],
    allows: [
      { action: 'ask-team', polarity: 'do' },
      { action: 'join-trial', polarity: 'do' },
      { action: 'ask-for', polarity: 'dont' },
    ],
    checked: CHECKED,
  },
  'no-test-to-ask-for': {
    statement: 'There is no doorway test or mid-chemo biopsy to ask for: doorway counts are a research test.',
    basis: ['guideline-doorway-test', 'guideline-mid-chemo', 'nothing-to-buy'],
    allows: [{ action: 'ask-for', polarity: 'dont' }],
    checked: CHECKED,
  },
  'tell-if-missed': {
    statement: 'If you already skipped or put off treatment because of the news, tell your care team soon, so they can help you get back on track.',
    basis: ['delay-finding'],
    allows: [{ action: 'ask-team', polarity: 'do' }],
    checked: CHECKED,
  },
  'check-the-date': {
    statement: 'When you see health news, check the date and look for what the story leaves out.',
    basis: ['news-called-new', 'news-left-out'],
    allows: [{ action: 'check-news', polarity: 'do' }],
    checked: CHECKED,
  },
} as const satisfies Record<string, Advice>;

export type AdviceId = keyof typeof advice;
