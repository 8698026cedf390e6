// What makes an SVG figure unsafe to inline: one definition, used twice on purpose. The deck
// loader refuses a figure that has any of it, naming the file and what it found
// (src/load/figure-safety.ts, on the text: the check runs without a DOM), and the renderer
// strips it from the parsed SVG as a second line of defence (figure.ts).

/** Elements that run code, embed HTML or other documents, or play media. */
export const ACTIVE_ELEMENTS: readonly { readonly what: string; readonly names: readonly string[] }[] = [
  { what: 'a <script> element', names: ['script'] },
  { what: 'a <foreignObject> element (HTML inside the SVG)', names: ['foreignObject'] },
  { what: 'an <iframe>, <object>, <embed>, <audio> or <video> element', names: ['iframe', 'object', 'embed', 'audio', 'video'] },
];

/** Attributes that load another file or site unless they point inside the figure (`#id`). */
export const LINK_ATTRIBUTES: readonly string[] = ['href', 'xlink:href', 'src'];

/** An attribute that runs code (onclick, onload, …). */
export const isEventHandler = (name: string): boolean => name.toLowerCase().startsWith('on');

/** A link attribute that leaves the figure. */
export const isOutsideLink = (name: string, value: string): boolean => LINK_ATTRIBUTES.includes(name.toLowerCase()) && !value.startsWith('#');
