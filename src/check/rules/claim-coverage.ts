// A slide's evidence badge and its source line cover the facts it cites: a mouse fact on a slide
// badged only "randomized trials" is an error ("background", a date or a definition, needs no
// badge). The source line takes every cited fact's sources by itself (src/model/listing.ts); this
// rule keeps that true for any deck built another way. (Slides without a badge by design, UNBADGED_KINDS, still need their facts' sources.)

import { UNBADGED_KINDS } from '../../model/evidence.ts';
import type { Finding, Rule } from '../rule.ts';

export const claimCoverage: Rule = {
  id: 'claim-coverage',
  severity: 'error',
  description: 'The evidence badge covers the kinds of evidence of the facts in the slide body; the source line covers every cited fact’s sources.',
  check: ({ deck, slides }) => {
    const findings: Finding[] = [];
    for (const { slide, cited } of slides) {
      const badge = new Set(slide.evidence);
      const sources = new Set(cited);
      const body = new Set(slide.parts.filter((p) => p.field.startsWith('body[')).flatMap((p) => p.facts));
      const all = new Set(slide.parts.flatMap((p) => p.facts));
      for (const id of all) {
        const fact = deck.facts?.[id];
        if (!fact) continue;
        // A slide with no badge at all is evidence-badge's to report (one finding, not one per fact).
        if (body.has(id) && badge.size > 0 && !UNBADGED_KINDS.has(slide.kind) && fact.evidence !== 'background' && !badge.has(fact.evidence)) {
          findings.push({ slide: slide.id, message: `cites the fact "${id}" (${fact.evidence}) but its evidence badge does not say ${fact.evidence}`, fix: `Add '${fact.evidence}' to the slide's evidence, or cite a fact of the kind the badge shows.` });
        }
        const missing = fact.sources.filter((s) => !sources.has(s));
        if (missing.length > 0) findings.push({ slide: slide.id, message: `cites the fact "${id}" but does not list its source${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`, fix: `Add ${missing.map((s) => `'${s}'`).join(', ')} to the slide's sources.` });
      }
    }
    return findings;
  },
};
