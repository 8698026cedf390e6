// Inline runs → DOM nodes. Every string goes in as a text node.

import { runs } from '../model/text.ts';
import type { AnyText } from '../model/types.ts';
import type { RenderContext } from './context.ts';
import { el } from './dom.ts';

export function renderText(text: AnyText, ctx: RenderContext): Node[] {
  const { doc } = ctx;
  return runs(text).map((run): Node => {
    if (typeof run === 'string') return doc.createTextNode(run);
    if ('em' in run) return el(doc, 'em', {}, [run.em]);
    if ('strong' in run) return el(doc, 'strong', {}, [run.strong]);
    if ('term' in run) {
      const words = run.text ?? ctx.deck.glossary[run.term]?.term ?? run.term;
      if (!run.define) return el(doc, 'span', { class: 'term', 'data-term': run.term }, [words]);
      // The defining use: <dfn>, linked to the "words to know" slide that lists the term.
      const home = ctx.termHome.get(run.term);
      const inner = home ? el(doc, 'a', { href: `#/${home}` }, [words]) : words;
      return el(doc, 'dfn', { class: 'term', 'data-term': run.term }, [inner]);
    }
    const n = ctx.sourceNumber.get(run.cite);
    const home = ctx.sourceHome.get(run.cite);
    const label = `[${n ?? '?'}]`;
    return home
      ? el(doc, 'a', { class: 'cite', href: `#/${home}`, 'data-source': run.cite }, [label])
      : el(doc, 'span', { class: 'cite', 'data-source': run.cite }, [label]);
  });
}
