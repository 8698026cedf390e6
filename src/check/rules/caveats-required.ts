// The caveats slide (second in the deck: the types and src/model/validate.ts guarantee its place)
// states what the study cannot tell you, on the slide itself (title and body, not only the notes).
// Each requirement is a set of alternatives; an alternative is met when one sentence contains a
// phrase from each of its groups. Phrases match as whole words, in any case.

import { containsAny } from '../phrases.ts';
import type { Finding, Rule } from '../rule.ts';

/** Phrases of which one must appear. */
type AnyOf = readonly string[];
/** Groups that must all match within one sentence. */
type SameSentence = readonly AnyOf[];

export interface CaveatRequirement {
  readonly id: string;
  /** What the slide must state, completing "does not state …". */
  readonly states: string;
  /** Example wording for the fix. */
  readonly example: string;
  readonly alternatives: readonly SameSentence[];
}

const NEGATIONS = ['not', "don't", "didn't", "doesn't", 'no', 'never'];

export const CAVEAT_REQUIREMENTS: readonly CaveatRequirement[] = [
  {
    id: 'mice',
    states: 'that most of the study was done in mice',
    example: 'Most of it was done in mice.',
    alternatives: [[['mice', 'mouse']]],
  },
  {
    id: 'human-sample',
    states: 'how many people the human part looked at (about 20)',
    example: 'In people, it looked at tumor tissue from about 20 women.',
    alternatives: [[['about 20', '20', 'twenty'], ['women', 'people', 'patients']]],
  },
  {
    id: 'human-tissue',
    states: 'that in people only tumor tissue was looked at',
    example: 'In people, it looked at tumor tissue from about 20 women.',
    alternatives: [[['tissue', 'tumor', 'tumour', 'tumors', 'tumours'], ['women', 'people', 'patients', 'human']]],
  },
  {
    id: 'not-measured',
    states: 'that spread and survival in people were not measured or shown',
    example: 'It did not show more spread or shorter lives.',
    alternatives: [[NEGATIONS, ['spread', 'survival', 'survive', 'live', 'lives', 'lived', 'measure', 'measured', 'follow']]],
  },
  {
    id: 'no-change-on-your-own',
    states: 'that people should not change treatment on their own',
    example: 'Do not stop or delay treatment because of this study.',
    alternatives: [
      [['do not', "don't", 'never'], ['stop', 'delay', 'change', 'skip'], ['treatment', 'treatments', 'chemo', 'plan']],
      [['on your own']],
    ],
  },
  {
    id: 'care-team',
    states: 'who to talk to instead (the care team)',
    example: 'Talk to your care team.',
    alternatives: [[['care team', 'doctor', 'doctors', 'nurse', 'team']]],
  },
];

export const caveatsRequired: Rule = {
  id: 'caveats-required',
  severity: 'error',
  description: 'The caveats slide states the study types, the human sample, what was not measured, and not to change treatment alone.',
  check: ({ slides }) => {
    const caveats = slides.find((s) => s.slide.kind === 'caveats');
    if (!caveats) return []; // validate.ts makes a deck without one fail to load
    const visible = caveats.sentences.filter((s) => s.area === 'heading' || s.area === 'body').map((s) => s.text);
    const findings: Finding[] = [];
    for (const req of CAVEAT_REQUIREMENTS) {
      const met = req.alternatives.some((groups) => visible.some((sentence) => groups.every((g) => containsAny(sentence, g))));
      if (!met) {
        findings.push({
          slide: caveats.slide.id,
          message: `does not state ${req.states} (requirement "${req.id}")`,
          fix: `Say it on the slide, e.g. "${req.example}"`,
        });
      }
    }
    return findings;
  },
};
