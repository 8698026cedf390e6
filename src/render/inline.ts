// Resolved inline runs → DOM nodes. Every string goes in as a text node.

import type { Runs } from '../model/compiled.ts';
import type { RenderContext } from './context.ts';
import { el } from './dom.ts';
import { CLASS, DATA, slideHref } from './markup.ts';

export function renderText(runs: Runs, ctx: Pick<RenderContext, 'doc'>): Node[] {
  const { doc } = ctx;
  return runs.map((run): Node => {
    switch (run.kind) {
      case 'text':
        return doc.createTextNode(run.text);
      case 'em':
        return el(doc, 'em', {}, [run.text]);
      case 'strong':
        return el(doc, 'strong', {}, [run.text]);
      case 'term': {
        if (!run.defines) return el(doc, 'span', { class: CLASS.term, [DATA.term]: run.term }, [run.text]);
        // The defining use: <dfn>, linked to the "words to know" slide that lists the term.
        const inner = run.home ? el(doc, 'a', { href: slideHref(run.home) }, [run.text]) : run.text;
        return el(doc, 'dfn', { class: CLASS.term, [DATA.term]: run.term }, [inner]);
      }
      case 'cite': {
        const label = `[${run.number ?? '?'}]`;
        return run.home
          ? el(doc, 'a', { class: CLASS.cite, href: slideHref(run.home), [DATA.source]: run.source }, [label])
          : el(doc, 'span', { class: CLASS.cite, [DATA.source]: run.source }, [label]);
      }
    }
  });
}
