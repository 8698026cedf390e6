// Advice about treatment (keep, stop, delay, skip, avoid, choose, ask for a drug or a test, join a
// trial, ask the care team) must be one of the deck's approved recommendations (slides/facts/
// advice.ts), cited by the sentence, which allows that action with that polarity: "Do not stop"
// passes with keep-to-plan; "Wait until …", "Choose surgery first", "Ask for rebastinib" pass
// with none.

import { adviceIn } from '../claims/advice.ts';
import { citations, claimSentences, finding, wordsFor } from '../claims/cited.ts';
import { excerpt } from '../phrases.ts';
import type { Finding, Rule } from '../rule.ts';

const SAY = { do: '', dont: 'not ' } as const;

export const claimAdvice: Rule = {
  id: 'claim-advice',
  severity: 'error',
  description: 'Advice about treatment is an approved recommendation the sentence cites (slides/facts/advice.ts).',
  check: ({ deck, slides }) => {
    const words = wordsFor(deck);
    const findings: Finding[] = [];
    for (const reading of slides) {
      for (const s of claimSentences(reading, words)) {
        const given = adviceIn(s.unquoted, words);
        if (given.length === 0) continue;
        const { advice, facts } = citations(s, deck);
        // A fact that reports someone's advice (the lead researcher's) lets a sentence repeat it.
        const allowed = [...advice.flatMap(({ advice: a }) => a.allows), ...facts.flatMap(({ fact }) => fact.reports ?? [])];
        const wrong = given.find((g) => !allowed.some((x) => x.action === g.action && x.polarity === g.polarity));
        if (!wrong) continue;
        const cited = advice.length > 0 ? `the recommendations it cites (${advice.map((a) => a.id).join(', ')}) do not allow it` : 'it cites no approved recommendation';
        findings.push(
          finding(reading, s, `advises to ${SAY[wrong.polarity]}${wrong.action} ("${wrong.text}"), but ${cited}`, `Give only the deck's approved advice (${Object.keys(deck.advice ?? {}).join(', ') || 'none defined'}), citing it; never tell people to stop, delay, skip, avoid or choose a treatment, or to ask for a drug or a test.`, excerpt),
        );
      }
    }
    return findings;
  },
};
