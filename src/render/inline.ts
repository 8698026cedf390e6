// Resolved inline runs → DOM nodes. Every string goes in as a text node.

import type { Runs } from '../model/compiled.ts';
import type { LinkTargets, RenderContext } from './context.ts';
import { el } from './dom.ts';
import { CLASS, DATA, slideHref } from './markup.ts';

/** The slides' own targets: the slide that lists the term or source. */
const SLIDE_LINKS: LinkTargets = {
  term: (_term, home) => (home ? slideHref(home) : undefined),
  cite: (_source, home) => (home ? slideHref(home) : undefined),
};

export function renderText(runs: Runs, ctx: Pick<RenderContext, 'doc' | 'links'>): Node[] {
  const { doc } = ctx;
  const links = ctx.links ?? SLIDE_LINKS;
  return runs.map((run): Node => {
    switch (run.kind) {
      case 'text':
      case 'number':
        return doc.createTextNode(run.text);
      case 'em':
        return el(doc, 'em', {}, [run.text]);
      case 'strong':
        return el(doc, 'strong', {}, [run.text]);
      case 'term': {
        if (!run.defines) return el(doc, 'span', { class: CLASS.term, [DATA.term]: run.term }, [run.text]);
        // The defining use: <dfn>, linked to the "words to know" slide that lists the term.
        const href = links.term(run.term, run.home);
        const inner = href ? el(doc, 'a', { href }, [run.text]) : run.text;
        return el(doc, 'dfn', { class: CLASS.term, [DATA.term]: run.term }, [inner]);
      }
      case 'cite': {
        const label = `[${run.number ?? '?'}]`;
        const href = links.cite(run.source, run.home);
        return href
          ? el(doc, 'a', { class: CLASS.cite, href, [DATA.source]: run.source }, [label])
          : el(doc, 'span', { class: CLASS.cite, [DATA.source]: run.source }, [label]);
      }
    }
  });
}
