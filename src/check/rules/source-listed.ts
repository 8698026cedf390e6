// Every cited source resolves to a full reference: some sources slide lists it.
// (That each id exists in the registry is checked by src/model/validate.ts when the deck loads.)

import type { Finding, Rule } from '../rule.ts';

export const sourceListed: Rule = {
  id: 'source-listed',
  severity: 'error',
  description: 'Every cited source is listed in full on a sources slide (a references block).',
  check: ({ slides }) => {
    const reported = new Set<string>();
    const findings: Finding[] = [];
    for (const { slide } of slides) {
      for (const { id, home } of slide.cited) {
        if (home !== undefined || reported.has(id)) continue;
        reported.add(id);
        findings.push({
          slide: slide.id,
          message: `cites "${id}", but no sources slide lists it in full`,
          fix: `Add "${id}" to the references block of the sources slide.`,
        });
      }
    }
    return findings;
  },
};
