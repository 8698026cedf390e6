// The kit's start pages (START-HERE.html, EMPIECE-AQUI.html): one page per language in plain words,
// for a presenter who was handed a folder (which file to open to present, to print, in PowerPoint,
// for patients; the speaker view; what the review status means, and for a translation what its
// own review status means). Each links to the others. Every word comes from the language's UI
// catalog (src/model/ui/, `kit`). A static page: no script, no request, every string escaped as text.

import { escapeHtml } from '../../build/render-html.ts';
import type { ReviewStatus } from '../../model/compiled.ts';
import { LOCALES, type Lang } from '../../model/locales.ts';
import { UI, type KitRun, type KitUse } from '../../model/ui/index.ts';
import { startPage, statusFile, SUMS, type KitFile } from './contents.ts';

/** A translation's own review, as its pages say it (src/model/compile.ts translationStatement). */
export interface StartHereTranslation {
  /** translationStatement(status, lang) in the page's language. */
  readonly statement: string;
  /** Whether a complete translation review covers it as it is now. */
  readonly reviewed: boolean;
  /** How many of its parts were translated from an older English (npm run check's "needs update"). */
  readonly stale: number;
}

export interface StartHereInput {
  /** The page's language: its words, its `lang`, and the files it lists (its own language's). */
  readonly lang: Lang;
  readonly title: string;
  readonly review: ReviewStatus;
  /** reviewStatement(review, lang). */
  readonly reviewSentence: string;
  /** Set on a translation's page: its own review. */
  readonly translation?: StartHereTranslation;
  /** The facts were last checked on (a long date in the page's language). */
  readonly checked: string;
  readonly contact: string;
  readonly files: readonly (KitFile & { readonly bytes: number })[];
  /** The kit's other languages; a translation's own review said in this page's language, on the source language's page. */
  readonly others: readonly { readonly lang: Lang; readonly translation?: StartHereTranslation; readonly patients?: readonly (KitFile & { readonly bytes: number })[] }[];
}

const USES: readonly KitUse[] = ['present', 'powerpoint', 'print', 'patients'];

function size(bytes: number, lang: Lang): string {
  const n = (value: number, digits: number) => new Intl.NumberFormat(LOCALES[lang].intl, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  return bytes >= 1024 * 1024 ? `${n(bytes / 1024 / 1024, 1)} MB` : `${n(Math.max(1, Math.round(bytes / 1024)), 0)} KB`;
}

function runs(parts: readonly KitRun[]): string {
  return parts
    .map((r) => (typeof r === 'string' ? escapeHtml(r) : 'strong' in r ? `<strong>${escapeHtml(r.strong)}</strong>` : 'kbd' in r ? `<kbd>${escapeHtml(r.kbd)}</kbd>` : `<code>${escapeHtml(r.code)}</code>`))
    .join('');
}

const link = (name: string, attrs = '') => `<a href="${escapeHtml(encodeURI(name))}"${attrs}>${escapeHtml(name)}</a>`;

/** A translation's review in the review box: the statement, and unless it is reviewed, what that means; stale parts named. */
function translationParagraphs(label: string, t: StartHereTranslation, lang: Lang): string {
  const kit = UI[lang].kit;
  return (
    `<p><strong>${escapeHtml(label)}:</strong> ${escapeHtml(t.statement)}` +
    (t.reviewed ? '' : ` ${escapeHtml(kit.translationNotReviewed)}`) +
    (t.stale > 0 ? ` ${escapeHtml(kit.stale(t.stale))}` : '') +
    '</p>'
  );
}

function reviewBox(input: StartHereInput): string {
  const ui = UI[input.lang];
  const said = `<p><strong>${escapeHtml(ui.info.clinicalReview)}:</strong> ${escapeHtml(input.reviewSentence)}</p>`;
  const meaning = input.review.state === 'current' ? '' : `<p>${escapeHtml(ui.kit.notReviewed(input.checked))}</p>`;
  const own = input.translation ? translationParagraphs(ui.info.translation, input.translation, input.lang) : '';
  const theirs = input.others
    .flatMap((o) => (o.translation ? [translationParagraphs(ui.kit.status.translationOf(ui.kit.languageNames[o.lang], LOCALES[o.lang].folder), o.translation, input.lang)] : []))
    .join('\n');
  return [said, meaning, own, theirs].filter(Boolean).join('\n');
}

export function startHereHtml(input: StartHereInput): string {
  const { lang } = input;
  const ui = UI[lang];
  const kit = ui.kit;
  const tag = LOCALES[lang].tag;
  // Each other language's page, named in its own words and marked as its language.
  const otherPages = input.others.map((o) => `<p><a href="${escapeHtml(encodeURI(startPage(o.lang)))}" hreflang="${escapeHtml(LOCALES[o.lang].tag)}" lang="${escapeHtml(LOCALES[o.lang].tag)}">${escapeHtml(UI[o.lang].kit.thisPage)}</a></p>`).join('\n');
  const sections = USES.map((use) => {
    const files = input.files.filter((f) => f.use === use);
    if (files.length === 0) return '';
    const { heading, intro } = kit.sections[use];
    const items = files.map((f) => `<li>${link(f.name)} (${size(f.bytes, lang)}): ${escapeHtml(f.what)}</li>`).join('\n');
    const extra = use === 'present' ? `<p>${runs(kit.speakerView)}</p>` : use === 'powerpoint' ? `<p>${escapeHtml(kit.pptxEdited)}</p>` : '';
    return `<section aria-labelledby="${use}">\n<h2 id="${use}">${escapeHtml(heading)}</h2>\n<p>${escapeHtml(intro)}</p>\n<ul>\n${items}\n</ul>\n${extra}\n</section>`;
  }).join('\n');
  // Where the other languages' files are: a translation's in its folder, the source language's at the top.
  const elsewhere = input.others
    .map((o) => {
      const name = kit.languageNames[o.lang];
      const folder = LOCALES[o.lang].folder;
      return `<li>${escapeHtml(folder ? kit.translationFolder(name, folder) : kit.sourceFolder(name))}${folder ? ` ${link(startPage(o.lang), ` hreflang="${escapeHtml(LOCALES[o.lang].tag)}"`)}.` : ''}</li>`;
    })
    .join('\n');
  // The other languages' files for patients (the handouts, the reading view), listed in this page's words.
  const theirs = input.others
    .filter((o) => (o.patients ?? []).length > 0)
    .map((o) => {
      const name = kit.languageNames[o.lang];
      const id = `patients-${o.lang}`;
      const items = o.patients!.map((f) => `<li>${link(f.name, ` hreflang="${escapeHtml(LOCALES[o.lang].tag)}"`)} (${size(f.bytes, lang)}): ${escapeHtml(f.what)}</li>`).join('\n');
      return `<section aria-labelledby="${id}">\n<h2 id="${id}">${escapeHtml(kit.otherPatients.heading(name))}</h2>\n<p>${escapeHtml(kit.otherPatients.intro(name))}</p>\n<ul>\n${items}\n</ul>\n</section>`;
    })
    .join('\n');
  const title = kit.pageTitle(input.title);
  return `<!doctype html>
<html lang="${escapeHtml(tag)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
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
<h1>${escapeHtml(title)}</h1>
${otherPages}
<p>${escapeHtml(kit.intro)}</p>
<div class="review">
${reviewBox(input)}
</div>
${sections}
${theirs}
<section aria-labelledby="other">
<h2 id="other">${escapeHtml(kit.otherFiles)}</h2>
<ul>
<li>${link(statusFile(lang))}: ${escapeHtml(kit.statusFileIs)}</li>
<li>${SUMS}: ${runs(kit.sums(SUMS))}</li>
${elsewhere}
</ul>
<p>${escapeHtml(ui.info.mistake)} ${escapeHtml(input.contact)}</p>
</section>
</main>
</body>
</html>
`;
}
