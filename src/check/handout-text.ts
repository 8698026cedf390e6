// `npm run check` on the patient handout (slides/handout.ts, `npm run pdf -- --handout`): its text
// as printed, every edition, under the same plain-language, honesty and numbers rules as the
// slides, and its own SMOG grade (at most 8).
//
// The handout is read the way the checker reads a deck: each section is one "slide" whose text is
// the section's heading and the slide blocks it prints (with the evidence kinds and sources of
// the slides they come from), so a rule about, say, mouse results in people, or a "do not delay"
// without its reason, reads the handout exactly as a patient will. Rules about the deck as a set
// of slides (which slides it has, sources slides and registries, slide density, where a term is
// first defined: the handout has its own "words to know") do not apply to paper.

import { smogFormula } from 'smog-formula';
import type { CompiledSlide, TextPart } from '../model/compiled.ts';
import { blockParts } from '../model/compile.ts';
import { compileEditions, type CompiledEditions } from '../model/editions.ts';
import { HANDOUT_WORDS, type HandoutSpec } from '../model/handout-spec.ts';
import { compileHandout, type CompiledHandout, type HandoutPiece, type HandoutSection } from '../model/handout-compile.ts';
import { FULL_EDITION, type AnyDeck, type SlideKind } from '../model/types.ts';
import { countSentences } from './readability/scores.ts';
import { READABILITY, type LanguageScores } from './readability/languages.ts';
import { countSentencesEs, INFLESZ_MIN, smogFromCounts, SOL_MAX, szigrisztPazos } from './readability/spanish/scores.ts';
import { readDeck } from './reading.ts';
import type { Problem, Rule } from './rule.ts';
import { MAX_SMOG_GRADE } from './rules/smog-grade.ts';
import type { CheckInput } from './run.ts';

/** Rules about the deck as slides, not about what a text says. */
const SLIDE_ONLY_RULES: ReadonlySet<string> = new Set([
  'sources-cited', // each section's sources are listed at the end of the handout, not per section
  'source-listed',
  'evidence-badge',
  'claim-coverage', // the handout's one source list covers its facts (src/model/handout-compile.ts)
  'source-unused',
  'source-year',
  'source-link',
  'caveats-required', // the handout's order is fixed by its type: the caveats are always second
  'required-slides',
  'summary-slide',
  'slide-density', // a slide's word limit; paper is checked for length by the PDF's page count
  'term-defined', // the handout defines its words in "Words to know"
  'smog-grade', // replaced below by the handout's own SMOG gate (SOL and INFLESZ in Spanish)
  'sol-grade',
  'inflesz-score',
]);

/** Where a handout problem is reported: `handout/what-to-do`. */
const handoutPlace = (section: string): string => `handout/${section}`;

export interface HandoutEditionSummary {
  readonly name: string;
  readonly sections: number;
  /** Complete sentences of the handout's text (its readability sample). */
  readonly sentences: number;
  readonly words: number;
  /** SMOG grade of that text (computed on the whole handout, which is shorter than SMOG's 30-sentence norm). English only: absent for a translation (its SOL is readability.sol). */
  readonly smog?: number | null;
  /** The handout's text in its own language's formulas (SOL, INFLESZ, Fernández-Huerta in Spanish), SMOG/SOL scaled as above. */
  readonly readability: LanguageScores;
}

/** The handout's own words (headings, its frame): they cite no facts. */
const own = (field: string, role: TextPart['role'], text: string): TextPart => ({ field, role, runs: [{ kind: 'text', text }], facts: [] });

/** A slide block as the handout prints it, each piece of text citing what it cites on its slide. */
function pieceParts(piece: HandoutPiece): TextPart[] {
  const index = piece.slide.body.findIndex((b) => b.id !== undefined && b.id === piece.block.id);
  const prefix = `body[${index}]`;
  const cites = new Map(piece.slide.parts.filter((p) => p.field.startsWith(`${prefix}.`)).map((p) => [p.field.slice(prefix.length), p.facts]));
  return blockParts(piece.block, piece.ref).map((p) => ({ ...p, facts: cites.get(p.field.slice(piece.ref.length)) ?? [] }));
}

function sectionParts(section: HandoutSection): TextPart[] {
  const heading = own('heading', 'frame', section.title);
  switch (section.kind) {
    case 'blocks':
      return [heading, ...section.pieces.flatMap(pieceParts)];
    case 'table':
      return [heading, ...pieceParts(section.piece)];
    case 'questions':
      return [heading, ...pieceParts(section.piece), own('own-questions', 'frame', HANDOUT_WORDS.ownQuestions)];
    case 'words':
      return [heading, ...section.terms.flatMap(({ id, entry }) => [own(`words.${id}.term`, 'frame', entry.term), own(`words.${id}.definition`, 'definition', entry.definition)])];
    case 'help':
      return [
        heading,
        ...section.lines.map((line, i) => own(`help.lines[${i}]`, 'contact', line)),
        ...(section.contact ? [] : [own('help.phone', 'frame', HANDOUT_WORDS.phoneLine)]),
      ];
    case 'sources':
      return [heading];
    case 'address':
      return [heading, own('read-online', 'frame', section.text), own('read-online.scan', 'frame', section.scan)];
  }
}

const KIND: { readonly [K in HandoutSection['kind']]: SlideKind } = {
  blocks: 'content',
  table: 'content',
  questions: 'questions',
  words: 'content', // unlike a glossary slide, the definitions are part of what a patient reads
  help: 'about', // the clinic's own lines (a phone number, an address): checked, not scored for reading level
  sources: 'sources',
  address: 'content',
};

/** The handout as the checker reads a deck: one "slide" per section. */
function handoutSlides(handout: CompiledHandout): CompiledSlide[] {
  return handout.sections.map((section, i) => {
    const parts = sectionParts(section);
    if (i === 0) parts.splice(1, 0, own('subtitle', 'frame', handout.subtitle));
    const body = section.kind === 'blocks' ? section.pieces.map((p) => p.block) : section.kind === 'table' || section.kind === 'questions' ? [section.piece.block] : [];
    return {
      id: handoutPlace(section.id),
      kind: section.id === 'about' ? 'about' : KIND[section.kind],
      number: i + 1,
      title: section.title,
      byline: [],
      evidence: section.evidence,
      layout: 'stack',
      body,
      cited: section.cited,
      notes: { say: [], question: '', answer: '' },
      steps: 0,
      parts,
      hash: '',
    };
  });
}

interface HandoutCheck {
  readonly problems: readonly Problem[];
  readonly editions: readonly HandoutEditionSummary[];
}

/**
 * Checks every edition's handout; a problem found in the full one is not repeated for another.
 * `compiled`: the editions the command compiled once (their handouts, when compiled from `spec`).
 */
export function checkHandout(input: CheckInput, spec: HandoutSpec, rules: readonly Rule[], compiled: CompiledEditions = compileEditions({ ...input, handout: spec })): HandoutCheck {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const editions: HandoutEditionSummary[] = [];
  const applicable = rules.filter((r) => !SLIDE_ONLY_RULES.has(r.id) && r.scope !== 'deck');
  compiled.editions.forEach((deck, i) => {
    const edition = deck.edition;
    const handout = compiled.handouts[i] ?? compileHandout(spec, deck, input.deck);
    const reading = readDeck(input.deck as AnyDeck, { ...deck, slides: handoutSlides(handout) });
    const report = (p: Omit<Problem, 'edition'>) => {
      const key = `${p.rule}\0${p.slide}\0${p.message}`;
      if (seen.has(key)) return;
      seen.add(key);
      problems.push({ ...p, ...(edition === FULL_EDITION ? {} : { edition }) });
    };
    for (const rule of applicable) for (const finding of rule.check(reading)) report({ ...finding, rule: rule.id, severity: rule.severity });

    if (deck.lang === 'es') {
      // Spanish: SOL (the Spanish SMOG) at most 8 and INFLESZ at least 55, on the handout's own
      // sentences. A handout is shorter than SOL's 30-sentence sample; as with the English SMOG
      // here, the formula is scaled to the sentences there are.
      const c = countSentencesEs(reading.corpus.map((s) => s.text));
      const smogEs = smogFromCounts(c);
      const solGrade = smogEs === null ? null : -2.51 + 0.74 * smogEs;
      const perspicuity = szigrisztPazos(c);
      if (solGrade === null || solGrade > SOL_MAX) {
        report({ rule: 'sol-grade', severity: 'error', slide: 'handout', message: solGrade === null ? 'the handout has no complete sentences to read' : `the handout's SOL grade is ${solGrade.toFixed(1)} (at most ${SOL_MAX}); ${c.polysyllables} words of 3+ syllables in ${c.sentences} sentences`, fix: 'Point slides/handout.ts at plainer blocks, or use shorter, everyday words on those slides.' });
      }
      if (perspicuity === null || perspicuity < INFLESZ_MIN) {
        report({ rule: 'inflesz-score', severity: 'error', slide: 'handout', message: perspicuity === null ? 'the handout has no complete sentences to read' : `the handout's INFLESZ is ${perspicuity.toFixed(1)} (at least ${INFLESZ_MIN})`, fix: 'Use shorter words and sentences on the slides slides/handout.ts points at.' });
      }
      const own = READABILITY.es.score(reading.corpus.map((s) => s.text));
      editions.push({ name: edition, sections: handout.sections.length, sentences: c.sentences, words: c.words, readability: own.lang === 'es' ? { ...own, sol: solGrade } : own });
      return;
    }
    const counts = countSentences(reading.corpus.map((s) => s.text));
    const smog = counts.sentence > 0 ? smogFormula(counts) : null;
    if (smog === null || smog > MAX_SMOG_GRADE) {
      report({
        rule: 'smog-grade',
        severity: 'error',
        slide: 'handout',
        message: smog === null ? 'the handout has no complete sentences to read' : `the handout's SMOG grade is ${smog.toFixed(1)} (at most ${MAX_SMOG_GRADE}); ${counts.polysillabicWord} words of 3+ syllables in ${counts.sentence} sentences`,
        fix: 'Point slides/handout.ts at plainer blocks, or use shorter, everyday words on those slides.',
      });
    }
    const own = READABILITY.en.score(reading.corpus.map((s) => s.text));
    editions.push({ name: edition, sections: handout.sections.length, sentences: counts.sentence, words: counts.word, smog, readability: own.lang === 'en' ? { ...own, smog } : own });
  });
  return { problems, editions };
}
