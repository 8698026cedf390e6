// Reading an SVG figure once, in one pass over its text, linear in its size: whether it is
// well-formed XML (and where it is not: line and column), the words drawn in it (each <text>, for
// the content check), and its markup made safe and quiet for inlining: anything active or
// external removed (svg-safety.ts), editors' metadata in other namespaces dropped, its own
// <title> and <desc> dropped (the figure's alt text names it), and every drawn part hidden from
// the accessibility tree (the figure is one image, heard once).
//
// Why not the DOM: under jsdom a detailed figure cost seconds per 100 KB and grew with the square
// of its size (a 0.93 MB drawing took 665 s to build), and the deck renders each figure on every
// page that shows it. saxes (the XML parser jsdom itself uses) streams the text instead; the
// renderer then puts the prepared markup in place when the page is serialised (figure.ts).

import { SaxesParser, type SaxesTagNS } from 'saxes';
import { ACTIVE_ELEMENTS, isEventHandler, isOutsideLink } from './svg-safety.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** Attributes the root <svg> loses: the figure block gives it its own name and role. */
const ROOT_REPLACED = new Set(['role', 'aria-labelledby', 'aria-describedby', 'aria-label', 'focusable', 'aria-hidden']);

const ACTIVE = new Set(ACTIVE_ELEMENTS.flatMap((e) => e.names));

export interface SvgFault {
  /** 1-based, as editors count. */
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface PreparedSvg {
  /** The root <svg> element's attributes that are kept, in order. */
  readonly attributes: readonly (readonly [name: string, value: string])[];
  /** Its content as HTML for inside the <svg>: safe, each drawn part aria-hidden, no <title> or <desc> of its own. */
  readonly inner: string;
  /** The words drawn, one string per <text> element, in document order, white space collapsed. */
  readonly texts: readonly string[];
  /**
   * How wide the drawing is, counted in its smallest label's font size: a 560-unit drawing whose
   * smallest label is 26 units is 21.54 labels wide. Font sizes in user units (a number or px) on
   * the text or the nearest group around it; undefined for a drawing without sized labels.
   */
  readonly widthInLabels?: number;
}

/** A font size in user units (a number or px), from an attribute or a style. */
function fontSizeOf(attributes: Record<string, { value: string }>): number | undefined {
  const userUnits = (value: string | undefined): number | undefined => {
    const m = /^\s*([\d.]+)(px)?\s*$/.exec(value ?? '');
    return m ? Number(m[1]) : undefined;
  };
  const attr = Object.values(attributes).find((a) => (a as { local?: string }).local === 'font-size')?.value;
  const style = Object.values(attributes).find((a) => (a as { local?: string }).local === 'style')?.value;
  return userUnits(attr) ?? userUnits(/font-size\s*:\s*([^;]+)/.exec(style ?? '')?.[1]);
}

export type SvgReading = { readonly ok: true; readonly svg: PreparedSvg } | { readonly ok: false; readonly fault: SvgFault };

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\u00a0/g, '&nbsp;');

/** An attribute kept in the inlined figure: no code, no outside link, no other tool's namespace. */
function keptAttribute(a: { name: string; uri: string; prefix: string; value: string }): boolean {
  if (a.prefix === 'xmlns' || a.name === 'xmlns') return a.name === 'xmlns' || a.value === XLINK_NS;
  if (a.uri !== '' && a.uri !== XLINK_NS && a.uri !== XML_NS && a.uri !== XMLNS_NS) return false;
  return !isEventHandler(a.name) && !isOutsideLink(a.name, a.value);
}

/** Reads and prepares an SVG figure's text (see the top of this file). */
export function readSvg(markup: string): SvgReading {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let fault: SvgFault | undefined;
  const out: string[] = [];
  const texts: string[] = [];
  let rootAttributes: (readonly [string, string])[] | undefined;
  let depth = 0;
  /** Depth at which an element being dropped (with everything inside it) started, or 0. */
  let dropping = 0;
  /** Depth of the <text> element being read, or 0, and its words so far. */
  let inText = 0;
  let drawn = '';
  /** The font size in force at each open element (undefined: none set yet), and the labels' sizes. */
  const sizes: (number | undefined)[] = [];
  const labelSizes: number[] = [];
  let width = NaN;
  /** Whether the element just opened has written its start tag's ">" (false: still open for "/>"). */
  const open: boolean[] = [];

  const closeStart = () => {
    if (open.length > 0 && open[open.length - 1] === false) {
      out.push('>');
      open[open.length - 1] = true;
    }
  };

  parser.on('error', (error) => {
    if (fault) return;
    // saxes: "file:line:column: message"; its own line and column are 1-based and 0-based.
    const message = error.message.replace(/^[^:]*:\d+:\d+:\s*/, '');
    fault = { line: parser.line, column: parser.column + 1, message };
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    depth++;
    if (depth === 1) {
      if (tag.local !== 'svg' || tag.uri !== SVG_NS) {
        fault ??= { line: parser.line, column: parser.column + 1, message: `starts with <${tag.name}>${tag.uri === SVG_NS ? '' : ` in no SVG namespace (xmlns="${SVG_NS}")`}, not <svg>` };
        dropping = 1;
        return;
      }
      rootAttributes = Object.values(tag.attributes)
        .filter((a) => keptAttribute(a) && !ROOT_REPLACED.has(a.name.toLowerCase()))
        .map((a) => [a.name, a.value] as const);
      const box = (tag.attributes['viewBox']?.value ?? '').trim().split(/[\s,]+/).map(Number);
      width = box.length === 4 && box[2]! > 0 ? box[2]! : parseFloat(tag.attributes['width']?.value ?? '');
      sizes.push(fontSizeOf(tag.attributes));
      return;
    }
    if (dropping) return;
    const foreign = tag.uri !== SVG_NS;
    const ownLabel = depth === 2 && (tag.local === 'title' || tag.local === 'desc');
    if (foreign || ACTIVE.has(tag.local) || ownLabel || tag.local === 'metadata') {
      dropping = depth;
      return;
    }
    closeStart();
    let attrs = Object.values(tag.attributes)
      .filter(keptAttribute)
      .map((a) => ` ${a.name}="${escapeAttr(a.value)}"`)
      .join('');
    if (depth === 2) attrs += ' aria-hidden="true"';
    out.push(`<${tag.name}${attrs}`);
    open.push(false);
    sizes.push(fontSizeOf(tag.attributes) ?? sizes[sizes.length - 1]);
    if (tag.local === 'text' && !inText) {
      inText = depth;
      drawn = '';
    }
  });
  parser.on('closetag', (tag) => {
    const at = depth--;
    if (at === 1) return;
    if (dropping) {
      if (at === dropping) dropping = 0;
      return;
    }
    const written = open.pop();
    out.push(written ? `</${tag.name}>` : '/>');
    const size = sizes.pop();
    if (at === inText) {
      inText = 0;
      // A no-break space is kept: it is written on purpose ("4 756" in Spanish, one number).
      const words = drawn.replace(/[ \t\n\r\f\v]+/g, ' ').replace(/^ +| +$/g, '');
      if (words) texts.push(words);
      if (words && size !== undefined) labelSizes.push(size);
    }
  });
  const onText = (text: string) => {
    if (depth < 1 || dropping) return;
    if (inText) drawn += text;
    if (depth === 1 && text.trim() === '') {
      out.push(text);
      return;
    }
    closeStart();
    out.push(escapeText(text));
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  try {
    parser.write(markup).close();
  } catch (error) {
    fault ??= { line: parser.line, column: parser.column + 1, message: error instanceof Error ? error.message : String(error) };
  }
  if (fault) return { ok: false, fault };
  if (!rootAttributes) return { ok: false, fault: { line: 1, column: 1, message: 'has no <svg> element' } };
  const widthInLabels = width > 0 && labelSizes.length > 0 ? Math.round((width / Math.min(...labelSizes)) * 100) / 100 : undefined;
  return { ok: true, svg: { attributes: rootAttributes, inner: out.join(''), texts, ...(widthInLabels === undefined ? {} : { widthInLabels }) } };
}
