// Every source has a DOI or a *stable* URL. The schema already demands a DOI or an http(s) URL;
// this rule reports links that are likely to break or to track: plain http, tracking parameters.

import { DECK, type Finding, type Rule } from '../rule.ts';

const TRACKING = /[?&](?:utm_[a-z]+|fbclid|gclid|mc_eid|sessionid|sid)=/i;

export const sourceLink: Rule = {
  id: 'source-link',
  severity: 'warning',
  scope: 'deck',
  actor: 'fact-checker',
  description: 'A source without a DOI has a stable https URL (no plain http, no tracking parameters).',
  check: ({ deck }) => {
    const findings: Finding[] = [];
    for (const [id, source] of Object.entries(deck.sources)) {
      if (source.doi !== undefined || source.url === undefined) continue;
      if (source.url.startsWith('http://')) {
        findings.push({ slide: DECK, message: `source "${id}" links with plain http (${source.url})`, fix: 'Use the https address, or add the DOI if it has one.' });
      }
      if (TRACKING.test(source.url)) {
        findings.push({ slide: DECK, message: `source "${id}" has a tracking or session parameter in its URL`, fix: 'Remove the tracking part of the address so the link stays stable.' });
      }
    }
    return findings;
  },
};
