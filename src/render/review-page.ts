// The review page (review.html): the deck as a clinician checks it, without the source code.
// A summary, the review's status, then every slide in order with each of its sentences (on the
// slide, in the notes, the prepared question and answer, a shorter edition's own script) and the
// facts each one cites, with their statement, population, evidence, source, verification and
// last check; sentences bound to no fact are marked in words, not by colour alone. Then the whole
// fact registry (cited and in reserve) and the approved recommendations.
// Pure: review sheet in (src/model/review-sheet.ts), DOM out, every string set as text.

import { longDate } from '../model/dates.ts';
import { EVIDENCE_LABEL } from '../model/evidence.ts';
import type { PopulationKind, Verification } from '../model/facts.ts';
import { isBound, PLACE_LABEL, type ReviewFact, type ReviewSentence, type ReviewSheet, type ReviewSlide } from '../model/review-sheet.ts';
import { FULL_EDITION } from '../model/types.ts';
import { el, type Child } from './dom.ts';

/** Class names of the review page (src/theme/review.css and the tests use them). */
export const REVIEW_CLASS = {
  article: 'review-article',
  summary: 'review-summary',
  status: 'review-status',
  contents: 'review-contents',
  slide: 'review-slide',
  sentences: 'review-sentences',
  sentence: 'review-sentence',
  /** A sentence bound to no fact (with REVIEW_FLAG's words in it). */
  unbound: 'review-unbound',
  flag: 'review-flag',
  where: 'review-where',
  text: 'review-text',
  cites: 'review-cites',
  stale: 'review-stale',
  facts: 'review-facts',
  fact: 'review-fact',
  alarm: 'review-alarm',
} as const;

/** The words that mark a sentence bound to no fact (the tests look for them). */
export const REVIEW_FLAG = 'No fact cited.';
/** The words that mark a slide changed since the recorded review. */
export const STALE_FLAG = 'Changed since the review.';

const POPULATION_LABEL: { readonly [P in PopulationKind]: string } = {
  mice: 'Mice',
  tissue: 'Tumor tissue from patients',
  trial: 'People in clinical trials',
  registry: 'Health records (registry)',
  none: 'Nobody in particular',
};

const STATUS_LABEL: { readonly [V in Verification]: string } = {
  verified: 'Verified in the source',
  secondary: 'Read in a secondary source only',
  reasoned: 'Worked out from verified facts',
  unverified: 'UNVERIFIED: may not be cited',
};

/** Who a fact is about: the kind, then the fact's own words ("mice: …"); a fact about nobody in particular says only that. */
const population = (fact: ReviewFact): string =>
  fact.population.kind === 'none' ? fact.population.who : `${POPULATION_LABEL[fact.population.kind].toLowerCase()}: ${fact.population.who}`;

const EDITION_LABEL = (e: string): string => (e === FULL_EDITION ? 'full deck' : `${e} edition`);

export const slideAnchor = (id: string): string => `slide-${id}`;
export const factAnchor = (id: string): string => `fact-${id}`;
const adviceAnchor = (id: string): string => `advice-${id}`;

/** "Population: …", "Evidence: …" as a term and its value. */
function pairs(doc: Document, rows: readonly (readonly [string, Child | readonly Child[]])[]): HTMLElement {
  return el(
    doc,
    'dl',
    {},
    rows.flatMap(([term, value]) => [el(doc, 'dt', {}, [term]), el(doc, 'dd', {}, Array.isArray(value) ? (value as Child[]) : [value as Child])]),
  );
}

function sourceLinks(doc: Document, fact: ReviewFact): Child[] {
  return fact.sources.flatMap((s, i) => [
    i > 0 ? '; ' : null,
    s.href ? el(doc, 'a', { href: s.href }, [s.short]) : s.short,
    ` (${s.citation})`,
  ]);
}

/**
 * A cited fact under a sentence, in two lines: its statement, then who it is about, the kind of
 * evidence, the source (short, linked) and how and when it was checked. The fact's full entry,
 * with the full citations, is in "All facts" (linked from its id).
 */
function citedFact(doc: Document, fact: ReviewFact): HTMLElement {
  const sources = fact.sources.flatMap((s, i) => [i > 0 ? ', ' : null, s.href ? el(doc, 'a', { href: s.href }, [s.short]) : s.short]);
  return el(doc, 'li', {}, [
    el(doc, 'a', { href: `#${factAnchor(fact.id)}` }, [fact.id]),
    ': ',
    el(doc, 'q', {}, [fact.statement]),
    el(doc, 'br'),
    el(doc, 'span', { class: 'review-fact-line' }, [
      `About: ${population(fact)} · ${EVIDENCE_LABEL[fact.evidence]} · Source: `,
      ...sources,
      ` · ${STATUS_LABEL[fact.status]}, checked ${longDate(fact.checked)}`,
    ]),
  ]);
}

function sentenceItem(doc: Document, s: ReviewSentence, facts: ReadonlyMap<string, ReviewFact>, advice: ReadonlyMap<string, ReviewSheet['advice'][number]>): HTMLElement {
  const bound = isBound(s);
  const where = [PLACE_LABEL[s.place], ' · ', el(doc, 'code', {}, [s.field]), s.editions ? ` · ${s.editions.map(EDITION_LABEL).join(', ')} only` : null];
  const body: Child[] = [el(doc, 'p', { class: REVIEW_CLASS.where }, where), el(doc, 'p', { class: REVIEW_CLASS.text }, [s.text])];
  if (bound) {
    body.push(
      el(doc, 'p', { class: 'review-cites-label' }, ['Cites:']),
      el(doc, 'ul', { class: REVIEW_CLASS.cites }, [
        ...s.facts.flatMap((id) => (facts.has(id) ? [citedFact(doc, facts.get(id)!)] : [el(doc, 'li', {}, [`${id} (not in the registry)`])])),
        ...s.advice.map((id) => {
          const a = advice.get(id);
          return el(doc, 'li', {}, ['Approved recommendation ', el(doc, 'a', { href: `#${adviceAnchor(id)}` }, [id]), ': ', a ? el(doc, 'q', {}, [a.statement]) : '(not in the registry)']);
        }),
      ]),
    );
  } else {
    body.push(
      el(doc, 'p', { class: REVIEW_CLASS.flag }, [
        el(doc, 'strong', {}, [REVIEW_FLAG]),
        s.notClaim ? ` Not read as a claim (${s.notClaim}).` : ' Read as framing: check that it states no finding, number, population, treatment choice or cause.',
      ]),
    );
  }
  return el(doc, 'li', { class: `${REVIEW_CLASS.sentence}${bound ? '' : ` ${REVIEW_CLASS.unbound}`}` }, body);
}

function slideSection(doc: Document, slide: ReviewSlide, sheet: ReviewSheet, facts: ReadonlyMap<string, ReviewFact>): HTMLElement {
  const advice = new Map(sheet.advice.map((a) => [a.id, a]));
  const unbound = slide.sentences.filter((s) => !isBound(s)).length;
  const headingId = `${slideAnchor(slide.id)}-heading`;
  return el(doc, 'section', { id: slideAnchor(slide.id), class: REVIEW_CLASS.slide, 'aria-labelledby': headingId, 'data-slide': slide.id }, [
    el(doc, 'h2', { id: headingId }, [`${slide.number}. ${slide.title}`]),
    slide.stale ? el(doc, 'p', { class: REVIEW_CLASS.stale }, [el(doc, 'strong', {}, [STALE_FLAG]), ' This slide differs from what the recorded review covered.']) : null,
    pairs(doc, [
      ['Slide file', el(doc, 'code', {}, [`slides/${slide.id}.ts`])],
      ['In', slide.editions.map(EDITION_LABEL).join(', ')],
      ['Evidence badge', slide.evidence.length === 0 ? 'none' : slide.evidence.map((k) => EVIDENCE_LABEL[k]).join(', ')],
      ['Sentences', `${slide.sentences.length}, of which ${unbound} cite no fact`],
    ]),
    el(
      doc,
      'ol',
      { class: REVIEW_CLASS.sentences },
      slide.sentences.map((s) => sentenceItem(doc, s, facts, advice)),
    ),
  ]);
}

function statusSection(doc: Document, sheet: ReviewSheet): HTMLElement {
  const r = sheet.review;
  const stale = sheet.slides.filter((s) => s.stale);
  const lines: Child[] = [];
  if (r.state === 'none') {
    lines.push(el(doc, 'p', {}, [el(doc, 'strong', {}, ['Not reviewed.']), ' No clinical review of this content has been recorded (slides/review.ts is empty).']));
  } else if (r.state === 'current') {
    lines.push(el(doc, 'p', {}, [el(doc, 'strong', {}, ['Reviewed']), ` by ${r.name}, ${r.role}, on ${longDate(r.date)} (${r.scope}). Nothing has changed since. Next review due ${longDate(r.nextDue)}.`]));
  } else {
    lines.push(
      el(doc, 'p', {}, [el(doc, 'strong', {}, ['Changed since the review']), ` by ${r.name}, ${r.role}, on ${longDate(r.date)}: not yet reviewed again.`]),
      stale.length === 0
        ? null
        : el(doc, 'p', {}, [
            `${stale.length} slide${stale.length === 1 ? '' : 's'} changed: `,
            ...stale.flatMap((s, i) => [i > 0 ? ', ' : null, el(doc, 'a', { href: `#${slideAnchor(s.id)}` }, [s.title])]),
            '.',
          ]),
      sheet.staleFacts.length === 0
        ? null
        : el(doc, 'p', {}, [
            `${sheet.staleFacts.length} fact${sheet.staleFacts.length === 1 ? '' : 's'} changed, added or removed: `,
            ...sheet.staleFacts.flatMap((id, i) => [i > 0 ? ', ' : null, sheet.facts.some((f) => f.id === id) ? el(doc, 'a', { href: `#${factAnchor(id)}` }, [id]) : `${id} (removed)`]),
            '.',
          ]),
      el(doc, 'p', {}, ['To read only what changed: ', el(doc, 'code', {}, ['npm run review -- --changes']), '.']),
    );
  }
  return el(doc, 'section', { class: REVIEW_CLASS.status, 'aria-labelledby': 'review-status-heading' }, [el(doc, 'h2', { id: 'review-status-heading' }, ['Clinical review']), ...lines]);
}

function summarySection(doc: Document, sheet: ReviewSheet): HTMLElement {
  const s = sheet.summary;
  const row = (label: string, value: number | string, alarm = false) =>
    el(doc, 'tr', alarm ? { class: REVIEW_CLASS.alarm } : {}, [el(doc, 'th', { scope: 'row' }, [label]), el(doc, 'td', {}, [String(value)])]);
  return el(doc, 'section', { class: REVIEW_CLASS.summary, 'aria-labelledby': 'review-summary-heading' }, [
    el(doc, 'h2', { id: 'review-summary-heading' }, ['Summary']),
    el(doc, 'table', {}, [
      el(doc, 'tbody', {}, [
        row('Slides', s.slides),
        row('Sentences (slides, notes, prepared answers)', s.sentences),
        row('Sentences that cite a fact', s.bound),
        row('Sentences that cite no fact', `${s.unbound} (${s.unboundClaims} read as framing, ${s.unbound - s.unboundClaims} questions, links or contact lines)`),
        row('Facts cited', s.factsCited),
        row('Facts in reserve (cited by no slide)', s.factsInReserve),
        row('Unverified facts in the registry', s.unverified),
        row('Unverified facts cited (must be 0)', s.unverifiedCited === 0 ? '0' : `${s.unverifiedCited}: ERROR, remove the citation`, s.unverifiedCited > 0),
        row('Slides changed since the review', sheet.review.state === 'none' ? 'no review recorded' : s.staleSlides),
      ]),
    ]),
  ]);
}

function contents(doc: Document, sheet: ReviewSheet): HTMLElement {
  return el(doc, 'nav', { class: REVIEW_CLASS.contents, 'aria-labelledby': 'review-contents-heading' }, [
    el(doc, 'h2', { id: 'review-contents-heading' }, ['Slides']),
    el(
      doc,
      'ol',
      {},
      sheet.slides.map((s) => {
        const unbound = s.sentences.filter((x) => !isBound(x)).length;
        return el(doc, 'li', {}, [
          el(doc, 'a', { href: `#${slideAnchor(s.id)}` }, [s.title]),
          ` (${s.editions.map(EDITION_LABEL).join(', ')}; ${unbound} of ${s.sentences.length} sentences cite no fact)`,
          s.stale ? el(doc, 'strong', {}, [` ${STALE_FLAG}`]) : null,
        ]);
      }),
    ),
    el(doc, 'p', {}, [el(doc, 'a', { href: '#facts' }, ['All facts']), ' · ', el(doc, 'a', { href: '#recommendations' }, ['Approved recommendations'])]),
  ]);
}

function factEntry(doc: Document, fact: ReviewFact, stale: boolean): HTMLElement {
  return el(doc, 'section', { id: factAnchor(fact.id), class: REVIEW_CLASS.fact, 'aria-labelledby': `${factAnchor(fact.id)}-heading` }, [
    el(doc, 'h3', { id: `${factAnchor(fact.id)}-heading` }, [fact.id]),
    stale ? el(doc, 'p', { class: REVIEW_CLASS.stale }, [el(doc, 'strong', {}, [STALE_FLAG]), ' This fact differs from what the recorded review covered.']) : null,
    el(doc, 'p', {}, [el(doc, 'q', {}, [fact.statement])]),
    pairs(doc, [
      ['Population', population(fact)],
      ['Evidence', EVIDENCE_LABEL[fact.evidence]],
      ['Source', sourceLinks(doc, fact)],
      ['Status', STATUS_LABEL[fact.status]],
      ['Read in', fact.read.map((r) => r.replace(/-/g, ' ')).join(', ')],
      ['Last checked', longDate(fact.checked)],
      [
        'Cited by',
        fact.citedBy.length === 0
          ? `no slide (in reserve${fact.reserve ? `: ${fact.reserve}` : ''})`
          : fact.citedBy.flatMap((id, i) => [i > 0 ? ', ' : null, el(doc, 'a', { href: `#${slideAnchor(id)}` }, [id])]),
      ],
      ...(fact.note ? ([['Note', fact.note]] as const) : []),
    ]),
  ]);
}

/** The review page's <article>. */
export function renderReviewPage(sheet: ReviewSheet, doc: Document): HTMLElement {
  const facts = new Map(sheet.facts.map((f) => [f.id, f]));
  const staleFacts = new Set(sheet.staleFacts);
  return el(doc, 'article', { class: REVIEW_CLASS.article }, [
    el(doc, 'header', {}, [
      el(doc, 'h1', {}, [`Review sheet: ${sheet.title}`]),
      el(doc, 'p', {}, [
        'For the clinician who checks this deck. Every sentence of every slide (what the audience reads, what the presenter says, the prepared question and answer) is listed in order, with the facts it cites: their statement, who they are about, the kind of evidence, the source and how it was checked. A sentence that cites no fact is marked ',
        el(doc, 'strong', {}, [REVIEW_FLAG]),
      ]),
    ]),
    statusSection(doc, sheet),
    summarySection(doc, sheet),
    contents(doc, sheet),
    ...sheet.slides.map((s) => slideSection(doc, s, sheet, facts)),
    el(doc, 'section', { id: 'facts', class: REVIEW_CLASS.facts, 'aria-labelledby': 'facts-heading' }, [
      el(doc, 'h2', { id: 'facts-heading' }, ['All facts']),
      el(doc, 'p', {}, [`The registry (slides/facts/): ${sheet.summary.factsCited} facts cited, then ${sheet.summary.factsInReserve} in reserve.`]),
      ...sheet.facts.map((f) => factEntry(doc, f, staleFacts.has(f.id))),
    ]),
    el(doc, 'section', { id: 'recommendations', class: REVIEW_CLASS.facts, 'aria-labelledby': 'recommendations-heading' }, [
      el(doc, 'h2', { id: 'recommendations-heading' }, ['Approved recommendations']),
      el(doc, 'p', {}, ['The only advice the deck may give (slides/facts/advice.ts).']),
      ...sheet.advice.map((a) =>
        el(doc, 'section', { id: adviceAnchor(a.id), class: REVIEW_CLASS.fact, 'aria-labelledby': `${adviceAnchor(a.id)}-heading` }, [
          el(doc, 'h3', { id: `${adviceAnchor(a.id)}-heading` }, [a.id]),
          el(doc, 'p', {}, [el(doc, 'q', {}, [a.statement])]),
          pairs(doc, [
            ['Rests on', a.basis.flatMap((id, i) => [i > 0 ? ', ' : null, el(doc, 'a', { href: `#${factAnchor(id)}` }, [id])])],
            ['Last checked', longDate(a.checked)],
            ['Cited by', a.citedBy.length === 0 ? 'no slide' : a.citedBy.flatMap((id, i) => [i > 0 ? ', ' : null, el(doc, 'a', { href: `#${slideAnchor(id)}` }, [id])])],
          ]),
        ]),
      ),
    ]),
  ]);
}
