// The caveats slide (second in the deck: the types and src/model/validate.ts guarantee its place)
// states what the study cannot tell you, on the slide itself (title and body, not only the notes).
// Each requirement is a set of alternatives; an alternative is met when one sentence contains a
// phrase from each of its groups. Phrases match as whole words, in any case. Each requirement has
// its phrases in every language (a language left out does not compile); a translated deck is
// matched in its own language, accents folded on both sides ("propagó" meets "propago").

import { foldAccents } from '../../model/fold.ts';
import type { Lang } from '../../model/locales.ts';
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
  /** In each language (Spanish written without accents: both sides are folded). */
  readonly alternatives: { readonly [L in Lang]: readonly SameSentence[] };
}

const NEGATIONS = ['not', "don't", "didn't", "doesn't", 'no', 'never'];
const NEGATIONS_ES = ['no', 'nunca', 'ni', 'sin'];
const PEOPLE_ES = ['mujeres', 'personas', 'pacientes'];

export const CAVEAT_REQUIREMENTS: readonly CaveatRequirement[] = [
  {
    id: 'mice',
    states: 'that most of the study was done in mice',
    example: 'Most of it was done in mice.',
    alternatives: { en: [[['mice', 'mouse']]], es: [[['ratones', 'raton']]] },
  },
  {
    id: 'human-sample',
    states: 'how many people the human part looked at (about 20)',
    example: 'In people, it looked at tumor tissue from about 20 women.',
    alternatives: { en: [[['about 20', '20', 'twenty'], ['women', 'people', 'patients']]], es: [[['unas 20', '20', 'veinte'], PEOPLE_ES]] },
  },
  {
    id: 'human-tissue',
    states: 'that in people only tumor tissue was looked at',
    example: 'In people, it looked at tumor tissue from about 20 women.',
    alternatives: {
      en: [[['tissue', 'tumor', 'tumour', 'tumors', 'tumours'], ['women', 'people', 'patients', 'human']]],
      es: [[['tejido', 'tejidos', 'tumor', 'tumores'], [...PEOPLE_ES, 'humano', 'humanos']]],
    },
  },
  {
    id: 'not-measured',
    states: 'that spread and survival in people were not measured or shown',
    example: 'It did not show more spread or shorter lives.',
    alternatives: {
      en: [[NEGATIONS, ['spread', 'survival', 'survive', 'live', 'lives', 'lived', 'measure', 'measured', 'follow']]],
      es: [[NEGATIONS_ES, ['propagacion', 'propago', 'propagaron', 'supervivencia', 'sobrevivir', 'sobrevivieron', 'vivieron', 'vida', 'vidas', 'midio', 'medir', 'siguio']]],
    },
  },
  {
    id: 'no-change-on-your-own',
    states: 'that people should not change treatment on their own',
    example: 'Do not stop or delay treatment because of this study.',
    alternatives: {
      en: [[['do not', "don't", 'never'], ['stop', 'delay', 'change', 'skip'], ['treatment', 'treatments', 'chemo', 'plan']], [['on your own']]],
      es: [
        [['no', 'nunca'], ['deje', 'suspenda', 'retrase', 'cambie', 'pare', 'salte', 'interrumpa'], ['tratamiento', 'tratamientos', 'quimio', 'plan']],
        [['por su cuenta', 'por su propia cuenta']],
      ],
    },
  },
  {
    id: 'care-team',
    states: 'who to talk to instead (the care team)',
    example: 'Talk to your care team.',
    alternatives: {
      en: [[['care team', 'doctor', 'doctors', 'nurse', 'team']]],
      es: [[['equipo de salud', 'equipo de atencion medica', 'medico', 'medicos', 'medica', 'enfermera', 'enfermeras', 'equipo']]],
    },
  },
];

export const caveatsRequired: Rule = {
  id: 'caveats-required',
  severity: 'error',
  description: 'The caveats slide states the study types, the human sample, what was not measured, and not to change treatment alone.',
  check: ({ slides, compiled }) => {
    const caveats = slides.find((s) => s.slide.kind === 'caveats');
    if (!caveats) return []; // validate.ts makes a deck without one fail to load
    const lang = compiled.lang ?? 'en';
    const visible = caveats.sentences.filter((s) => s.area === 'heading' || s.area === 'body').map((s) => (lang === 'en' ? s.text : foldAccents(s.text)));
    const findings: Finding[] = [];
    for (const req of CAVEAT_REQUIREMENTS) {
      const met = req.alternatives[lang].some((groups) => visible.some((sentence) => groups.every((g) => containsAny(sentence, g))));
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
