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

const attribute = (name: string, value: string): string => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;

/**
 * The first element matching `selector` with these attributes set (a new value replaces the old
 * one in place; a new attribute goes at the end of the start tag). Throws when there is none.
 */
export function setAttributes(html: string, selector: string, attrs: Readonly<Record<string, string>>, file = 'the page'): string {
  const [el] = elements(html, selector);
  if (!el) throw new Error(`${file} has no ${selector}.`);
  let tag = startTag(html, el);
  for (const [name, value] of Object.entries(attrs)) {
    const existing = new RegExp(`\\s${name.replace(/[-:]/g, '\\$&')}="[^"]*"`);
    tag = existing.test(tag) ? tag.replace(existing, () => attribute(name, value)) : tag.replace(/\s*\/?>$/, (end) => `${attribute(name, value)}${end}`);
  }
  return splice(html, [[el.range[0], el.range[0] + startTag(html, el).length, tag]]);
}

/** The first element matching `selector` with `inner` (HTML) in place of its content. Throws when there is none. */
export function setContent(html: string, selector: string, inner: string, file = 'the page'): string {
  const [el] = elements(html, selector);
  if (!el) throw new Error(`${file} has no ${selector}.`);
  const start = el.range[0] + startTag(html, el).length;
  const end = html.lastIndexOf('</', el.range[1] - 1);
  return splice(html, [[start, end, inner]]);
}
