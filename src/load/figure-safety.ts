// Figures are files we draw, inlined into the deck: anything active or external in an SVG
// (a script, an event handler, a link to another file, embedded HTML) fails the build with the
// file and what was found, rather than being stripped quietly (the renderer strips it too, as a
// second line of defence; both from src/render/svg-safety.ts). String-level checks on the text:
// `npm run check` loads the deck without a DOM (jsdom would cost it more than the whole check).

import type { DeckProblem } from '../model/errors.ts';
import { ACTIVE_ELEMENTS } from '../render/svg-safety.ts';

const RULES: readonly { readonly what: string; readonly pattern: RegExp }[] = [
  ...ACTIVE_ELEMENTS.map(({ what, names }) => ({ what, pattern: new RegExp(`<(?:${names.join('|')})\\b`, 'i') })),
  { what: 'an event handler attribute', pattern: /\s(on[a-z]+)\s*=/i },
  { what: 'a link to another file or site', pattern: /\s(?:xlink:)?href\s*=\s*["'](?!#)[^"']*["']/i },
  { what: 'a src attribute', pattern: /\ssrc\s*=\s*["'][^"']*["']/i },
  { what: 'a url() that is not a local #reference', pattern: /url\(\s*['"]?(?!#)[^)'"]+/i },
  { what: 'a CSS @import', pattern: /@import\b/i },
];

export function figureProblems(name: string, markup: string, dir = 'slides/figures'): DeckProblem[] {
  const found: DeckProblem[] = [];
  const body = markup.replace(/<!--[\s\S]*?-->/g, '');
  for (const { what, pattern } of RULES) {
    const match = pattern.exec(body);
    if (!match) continue;
    const line = body.slice(0, match.index).split('\n').length;
    found.push({
      where: `${dir}/${name}:${line}`,
      field: 'svg',
      message: `has ${what}: ${JSON.stringify(match[0].trim().slice(0, 60))}`,
      fix: 'Figures must be plain drawings: remove it (save from your drawing tool as "plain SVG", without scripts, links or embedded images)',
    });
  }
  if (!/<svg\b/i.test(body)) found.push({ where: `${dir}/${name}`, field: 'svg', message: 'has no <svg> element', fix: 'Save the figure as an SVG file' });
  return found;
}
