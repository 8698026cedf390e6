// The review sheet (src/model/review-sheet.ts) from the check's own reading of the compiled deck:
// the same sentences the rules read (src/check/reading.ts), the same facts each one cites
// (src/check/claims/cited.ts citations), and the same notion of which sentences are claims
// (claimSentences). One compile: the editions are those the command already compiled. Pure.

import type { CompiledDeck } from '../model/compiled.ts';
import { contentHashes } from '../model/compile.ts';
import { FULL_EDITION, type AnyDeck } from '../model/types.ts';
import { factHashKey, isBound, type ReviewAdvice, type ReviewFact, type ReviewSentence, type ReviewSheet, type ReviewSlide, type SentencePlace } from '../model/review-sheet.ts';
import type { ReviewRecord } from '../model/local.ts';
import { citations, claimSentences } from './claims/cited.ts';
import { isQuestion } from './phrases.ts';
import { readDeck, type Sentence } from './reading.ts';

/** Why a sentence of this role is not read as a claim (claimSentences leaves these out). */
const NOT_CLAIM_REASON: Readonly<Record<string, string>> = {
  contact: "the clinic's contact details",
  byline: 'who presents, where and when',
  link: 'a link the deck adds',
  frame: 'a fixed heading',
  definition: 'a glossary definition',
};

function placeOf(s: Sentence): SentencePlace {
  if (s.field === 'notes.question') return 'question';
  if (s.field === 'notes.answer') return 'answer';
  switch (s.area) {
    case 'heading':
      return 'title';
    case 'alt':
      return 'alt';
    case 'chart':
      return 'chart';
    case 'notes':
      return 'notes';
    default:
      return 'slide';
  }
}

const key = (s: { field: string; text: string }) => `${s.field}\u0000${s.text}`;

/**
 * The sheet for a deck: `editions` as compiled (full first), `recorded` the review record, if any
 * (a slide or fact whose hash differs from it is marked stale).
 */
export function reviewSheet(deck: AnyDeck, editions: readonly CompiledDeck[], recorded?: ReviewRecord | null): ReviewSheet {
  const full = editions.find((e) => e.edition === FULL_EDITION) ?? editions[0]!;
  const readings = new Map(editions.map((e) => [e.edition, readDeck(deck, e)]));
  const stale = new Set(full.review.state === 'changed' ? full.review.changedSlides : []);

  const sentenceOf = (s: Sentence, claims: ReadonlySet<string>, only?: readonly string[]): ReviewSentence => {
    const cited = citations(s, deck);
    const notClaim = NOT_CLAIM_REASON[s.role] ?? (claims.has(key(s)) ? undefined : isQuestion(s.text) ? 'a question' : 'not read as a claim');
    return {
      field: s.field,
      place: placeOf(s),
      text: s.text,
      facts: cited.facts.map((f) => f.id),
      advice: cited.advice.map((a) => a.id),
      ...(notClaim ? { notClaim } : {}),
      ...(only ? { editions: only } : {}),
    };
  };

  const slides: ReviewSlide[] = readings.get(full.edition)!.slides.map((reading) => {
    const id = reading.slide.id;
    const inEditions = editions.filter((e) => e.slides.some((s) => s.id === id)).map((e) => e.edition);
    const claims = new Set(claimSentences(reading).map(key));
    const sentences = reading.sentences.map((s) => sentenceOf(s, claims));
    // A shorter edition's own script (notes.short.say): sentences the full deck does not have.
    const seen = new Set(sentences.map(key));
    for (const edition of inEditions.filter((e) => e !== full.edition)) {
      const other = readings.get(edition)!.slides.find((s) => s.slide.id === id)!;
      const otherClaims = new Set(claimSentences(other).map(key));
      for (const s of other.sentences) {
        if (seen.has(key(s))) continue;
        seen.add(key(s));
        sentences.push(sentenceOf(s, otherClaims, [edition]));
      }
    }
    return { id, kind: reading.slide.kind, number: reading.slide.number, title: reading.slide.title, editions: inEditions, evidence: reading.slide.evidence, sentences, stale: stale.has(id) };
  });

  // Facts: cited ones in order of first citation, then the rest by id.
  const citedBy = new Map<string, string[]>();
  for (const slide of slides) {
    for (const s of slide.sentences) {
      for (const id of [...s.facts, ...s.advice]) {
        const list = citedBy.get(id) ?? [];
        if (!list.includes(slide.id)) list.push(slide.id);
        citedBy.set(id, list);
      }
    }
  }
  const registry = deck.facts ?? {};
  const factIds = [...[...citedBy.keys()].filter((id) => id in registry), ...Object.keys(registry).filter((id) => !citedBy.has(id)).sort()];
  const facts: ReviewFact[] = factIds.map((id) => {
    const f = registry[id]!;
    return {
      id,
      statement: f.statement,
      population: f.population,
      evidence: f.evidence,
      sources: f.sources.map((sid) => {
        const s = deck.sources[sid]!;
        const href = s.doi ? `https://doi.org/${s.doi}` : s.url;
        return { id: sid, short: s.short, citation: `${s.authors} (${s.year === 'n.d.' ? 'no date' : s.year}). ${s.title}. ${s.publisher}.`, ...(href ? { href } : {}) };
      }),
      status: f.status,
      read: f.read,
      checked: f.checked,
      citedBy: citedBy.get(id) ?? [],
      ...(f.reserve ? { reserve: f.reserve } : {}),
      ...(f.note ? { note: f.note } : {}),
    };
  });
  const advice: ReviewAdvice[] = Object.entries(deck.advice ?? {}).map(([id, a]) => ({ id, statement: a.statement, basis: a.basis, checked: a.checked, citedBy: citedBy.get(id) ?? [] }));

  // Facts whose hash differs from the record's (changed, added or removed since the review).
  const hashes = recorded?.hashes;
  const current = contentHashes(deck);
  const factKeys = hashes ? [...new Set([...Object.keys(current), ...Object.keys(hashes)])].filter((k) => k.startsWith(factHashKey(''))) : [];
  const staleFacts = factKeys.filter((k) => current[k] !== hashes![k]).map((k) => k.slice(factHashKey('').length)).sort();

  const all = slides.flatMap((s) => s.sentences);
  const unbound = all.filter((s) => !isBound(s));
  const cited = facts.filter((f) => f.citedBy.length > 0);
  const unverified = facts.filter((f) => f.status === 'unverified');
  return {
    title: deck.meta.title,
    lang: deck.meta.lang,
    editions: editions.map((e) => e.edition),
    slides,
    facts,
    advice,
    review: full.review,
    staleFacts,
    summary: {
      slides: slides.length,
      sentences: all.length,
      bound: all.length - unbound.length,
      unbound: unbound.length,
      unboundClaims: unbound.filter((s) => s.notClaim === undefined).length,
      factsCited: cited.length,
      factsInReserve: facts.length - cited.length,
      unverified: unverified.length,
      unverifiedCited: unverified.filter((f) => f.citedBy.length > 0).length,
      staleSlides: slides.filter((s) => s.stale).length,
    },
  };
}

/** Each slide's sentences as the review record keeps them: `[field, sentence]`, in reading order. */
export function recordedSentences(sheet: ReviewSheet): NonNullable<ReviewRecord['sentences']> {
  return Object.fromEntries(sheet.slides.map((s) => [s.id, s.sentences.map((x) => [x.field, x.text] as const)]));
}
