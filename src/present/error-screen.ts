// What the presenter sees instead of a half-rendered deck when the content is invalid.

import { formatProblem, type DeckProblem } from '../model/errors.ts';
import { el } from '../render/dom.ts';

export function showErrorScreen(doc: Document, problems: readonly DeckProblem[] | string): void {
  const items = typeof problems === 'string' ? [problems] : problems.map(formatProblem);
  const panel = el(doc, 'main', { class: 'deck-error', role: 'alert' }, [
    el(doc, 'h1', {}, ['This deck cannot be shown yet']),
    el(doc, 'p', {}, ['Fix these problems in the slide files, then reload:']),
    el(doc, 'ul', {}, items.map((text) => el(doc, 'li', {}, [text]))),
  ]);
  doc.body.replaceChildren(panel);
  doc.documentElement.dataset.deckState = 'error';
}
