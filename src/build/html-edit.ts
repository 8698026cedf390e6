// Editing a built page where Vite's transformIndexHtml cannot reach: after the bundle is written
// (the single file, once vite-plugin-singlefile has inlined everything) and on HTML that is not a
// page at all (the speaker view's markup inside reveal.js's notes plugin). node-html-parser finds
// the elements, with their place in the text; the text is then changed at exactly that place and
// nowhere else, so the rest of the page keeps every byte (re-serialising a parsed page would
// rewrite every void tag and inline SVG, and the hashes the CSP allows are of exact text).

import { parse, type HTMLElement } from 'node-html-parser';

/** The page's elements matching `selector` (scripts and styles keep their text raw). */
export function elements(html: string, selector: string): HTMLElement[] {
  return parse(html, { comment: true }).querySelectorAll(selector);
}

/** The element's start tag, as written. */
const startTag = (html: string, el: HTMLElement): string => html.slice(el.range[0], html.indexOf('>', el.range[0]) + 1);

/** `html` with each [start, end) range replaced (ranges must not overlap). */
export function splice(html: string, edits: readonly (readonly [start: number, end: number, text: string])[]): string {
  let out = html;
  for (const [start, end, text] of [...edits].sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** Each matching element's start tag passed through `edit`. */
export function editStartTags(html: string, selector: string, edit: (tag: string, el: HTMLElement) => string): string {
  return splice(
    html,
    elements(html, selector).map((el) => {
      const tag = startTag(html, el);
      return [el.range[0], el.range[0] + tag.length, edit(tag, el)] as const;
    }),
  );
}
