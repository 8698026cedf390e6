// Every glossary term's definition is shown, and every term in the glossary is used. A term
// marked define: true that no "words to know" slide lists used to count as defined while its
// definition appeared nowhere, in the deck or the reading view: the reading view now lists it at
// the end of its "Words to know" (src/model/compile.ts, `also`), and this rule says to list it on
// the slide too, where it belongs, unless its glossary entry says it is left off on purpose and
// why (`leftOffWordsToKnow: { reason }`), so the warning stays for accidents. A glossary entry no slide uses is noted (it only lengthens the list).

import { definedTerms } from '../../model/compile.ts';
import { surfaceForms } from '../../model/acronyms.ts';
import { DECK, type Finding, type Rule } from '../rule.ts';
import { phraseRegex } from '../phrases.ts';

export const termListed: Rule = {
  id: 'term-listed',
  severity: 'warning',
  description: 'Every defined term is listed on a "words to know" slide, and every glossary term is used on a slide.',
  scope: 'deck',
  check: ({ deck, slides }) => {
    const findings: Finding[] = [];
    const listed = new Set(deck.slides.flatMap((s) => s.body.flatMap((b) => (b.type === 'glossary' ? b.ids : []))));
    const home = deck.slides.find((s) => s.body.some((b) => b.type === 'glossary'));
    for (const id of definedTerms(deck.slides)) {
      if (listed.has(id) || deck.glossary[id]?.leftOffWordsToKnow) continue;
      const where = slides.find(({ slide }) => slide.parts.some((p) => p.runs.some((r) => r.kind === 'term' && r.term === id && r.marked)));
      findings.push({
        slide: where?.slide.id ?? DECK,
        message: `"${deck.glossary[id]?.term ?? id}" is defined here (define: true), but no "words to know" slide lists it${home ? ' (only the reading view does, at the end of its list)' : ', so its definition is shown nowhere'}`,
        fix: home ? `Add '${id}' to the glossary block of slides/${home.id}.ts, where it belongs in the list.` : `Add a "words to know" slide with a glossary block that lists '${id}'.`,
      });
    }
    // A term marked as left off on purpose but listed all the same: one of the two is out of date.
    for (const id of listed) {
      if (!deck.glossary[id]?.leftOffWordsToKnow) continue;
      findings.push({
        slide: home?.id ?? DECK,
        message: `lists "${deck.glossary[id]!.term}", which slides/glossary.ts marks as left off "words to know" on purpose (leftOffWordsToKnow)`,
        fix: `Remove leftOffWordsToKnow from '${id}' in slides/glossary.ts, or take '${id}' off the list.`,
      });
    }
    // Used: an inline { term } anywhere, or one of its words in the text (not the glossary lists themselves).
    const text = slides.flatMap(({ slide }) => slide.parts.map((p) => p.runs.map((r) => ('text' in r ? r.text : '')).join('')));
    const used = new Set(slides.flatMap(({ slide }) => slide.parts.flatMap((p) => p.runs.flatMap((r) => (r.kind === 'term' ? [r.term] : [])))));
    for (const [id, entry] of Object.entries(deck.glossary)) {
      if (used.has(id)) continue;
      const regex = phraseRegex(surfaceForms(entry));
      if (text.some((t) => t.search(regex) >= 0)) continue;
      findings.push({
        slide: DECK,
        message: `the glossary term "${entry.term}" (slides/glossary.ts, '${id}') is used on no slide${listed.has(id) ? ', only listed on the words-to-know slide' : ''}`,
        fix: `Remove '${id}' from slides/glossary.ts${listed.has(id) ? ' and from the words-to-know list' : ''}, or use the word where it helps people follow the talk.`,
      });
    }
    return findings;
  },
};
