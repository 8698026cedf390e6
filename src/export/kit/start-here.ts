// START-HERE.html: the kit's one page in plain language, for a presenter who was handed a folder
// (which file to open to present, to print, in PowerPoint, for patients; the speaker view; what
// the review status means). A static page: no script, no request, every string escaped as text.

import { escapeHtml } from '../../build/render-html.ts';
import type { ReviewStatus } from '../../model/compiled.ts';
import { START_HERE, SUMS, REVIEW_STATUS, type KitFile, type KitUse } from './contents.ts';

export interface StartHereInput {
  readonly title: string;
  readonly lang: string;
  readonly review: ReviewStatus;
  /** reviewStatement(review). */
  readonly reviewSentence: string;
  /** The facts were last checked on (a long date). */
  readonly checked: string;
  readonly contact: string;
  readonly files: readonly (KitFile & { readonly bytes: number })[];
}

const SECTIONS: readonly { readonly use: KitUse; readonly heading: string; readonly intro: string }[] = [
  {
    use: 'present',
    heading: 'To present on a screen',
    intro: 'Double-click the file to open it in Chrome, Edge or Firefox. It needs no internet and no installation. Press → or the space bar for the next step, ← to go back, Esc to see all slides.',
  },
  {
    use: 'powerpoint',
    heading: 'To present from PowerPoint',
    intro: 'Open the .pptx file in PowerPoint. You can add your logo or put the slides into a longer talk. The speaker notes are under each slide.',
  },
  { use: 'print', heading: 'To print', intro: 'PDF files print the same on any printer.' },
  { use: 'patients', heading: 'For patients', intro: 'These are for people to take home.' },
];

const size = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

function reviewParagraphs(input: StartHereInput): string {
  const said = `<p><strong>Clinical review:</strong> ${escapeHtml(input.reviewSentence)}</p>`;
  if (input.review.state === 'current') return said;
  return (
    said +
    `<p>“Not yet reviewed” means that no doctor or nurse has checked this version of the talk for your patients. ` +
    `The facts come from published sources, listed on the last slides, and were last checked on ${escapeHtml(input.checked)}. ` +
    `Ask someone on your clinical team to read it before you show it to patients.</p>`
  );
}

export function startHereHtml(input: StartHereInput): string {
  const link = (name: string) => `<a href="${escapeHtml(encodeURI(name))}">${escapeHtml(name)}</a>`;
  const sections = SECTIONS.map(({ use, heading, intro }) => {
    const files = input.files.filter((f) => f.use === use);
    if (files.length === 0) return '';
    const items = files.map((f) => `<li>${link(f.name)} (${size(f.bytes)}): ${escapeHtml(f.what)}</li>`).join('\n');
    const extra =
      use === 'present'
        ? '<p>For the <strong>speaker view</strong> (your notes, the next slide and a timer), press <kbd>S</kbd> once the slides are open. It opens a new window: if the browser blocks it, allow pop-ups for this file.</p>'
        : use === 'powerpoint'
          ? '<p>Once you change a slide in PowerPoint, nothing checks it any more: the checks of wording, numbers and sources run only on the master copy the slides were made from. Tell whoever keeps that copy what you changed.</p>'
          : '';
    return `<section aria-labelledby="${use}">\n<h2 id="${use}">${escapeHtml(heading)}</h2>\n<p>${escapeHtml(intro)}</p>\n<ul>\n${items}\n</ul>\n${extra}\n</section>`;
  }).join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(input.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Start here: ${escapeHtml(input.title)}</title>
<style>
body { font-family: Arial, "Liberation Sans", sans-serif; font-size: 1.25rem; line-height: 1.5; color: #1a1a1a; background: #ffffff; max-width: 42rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.9rem; line-height: 1.2; }
h2 { font-size: 1.45rem; margin-top: 2rem; }
a { color: #0b4f8a; }
a:focus { outline: 3px solid #0b4f8a; outline-offset: 2px; }
kbd { border: 1px solid #555555; border-radius: 3px; padding: 0 0.3em; font-family: inherit; }
.review { border-left: 6px solid #8a4b00; padding: 0.25rem 1rem; background: #fff6e8; }
li { margin-bottom: 0.5rem; }
</style>
</head>
<body>
<main>
<h1>Start here: ${escapeHtml(input.title)}</h1>
<p>This folder holds a talk for patients, ready to present, print and share. Nothing in it needs the internet or any installation.</p>
<div class="review">
${reviewParagraphs(input)}
</div>
${sections}
<section aria-labelledby="other">
<h2 id="other">The other files</h2>
<ul>
<li>${link(REVIEW_STATUS)}: the review status and which version of the talk this is.</li>
<li>${SUMS}: a fingerprint of every file, so your IT team can check that none was changed on the way (<code>sha256sum -c ${SUMS}</code>).</li>
</ul>
<p>Found a mistake? ${escapeHtml(input.contact)}</p>
</section>
</main>
</body>
</html>
`;
}

export { START_HERE };
