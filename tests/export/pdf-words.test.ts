// Words that survive copying out of the PDFs: the text of every page of every PDF the run
// exports (slides and notes of both editions, the handout of both editions on both papers), as
// poppler's pdftotext, pdf.js (its text items, a line end where it marks one) and the tagged
// structure (each structure element's marked content, as a screen reader gets it) give it, is
// made of the deck's own words. A word found in none of the built pages' text is two words
// glued together where a line wrapped or one block ended and the next began ("cancersurgery",
// "evidence:Mouse", "chemoShort"). The drawings inside a Figure are read by its /Alt, not here.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readManifest } from '../../src/output/manifest-file.ts';
import { sharedPdf } from '../support/shared.ts';
import { SHARED_PDFS, type SharedPdfName } from '../setup/shared-names.ts';
import { LOCALES, type Lang } from '../../src/model/locales.ts';
import { UI } from '../../src/model/ui/index.ts';
import { openPdf, pageTexts } from './support/pdf.ts';
import { markedContentText, mcidsUnder } from './support/pdf-ua.ts';

// Each is exported once per run by tests/setup/shared-run.ts (shared with the other export tests);
// the Spanish ones ('es-…', from dist/es/) are read against the Spanish build's words.
const PDFS: SharedPdfName[] = ['slides', 'notes', 'short-slides', 'short-notes', 'handout', 'handout-a4', 'handout-short', 'handout-short-a4', 'es-slides', 'es-notes', 'es-handout', 'es-handout-a4'];
const langOf = (name: SharedPdfName): Lang => (SHARED_PDFS[name] as { readonly lang?: Lang }).lang ?? 'en';

/** Words as a reader copies them: split at white space, punctuation at either end dropped. */
const wordsOf = (text: string): string[] =>
  text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);

/**
 * The vocabulary of a language's build: the words of each text node of the built pages (the
 * slides, their notes, the handouts), one node at a time, so that two nodes' words run together
 * are not in it; and the few words the exporters add from the UI catalog ("Notes for slide 2",
 * "(continued)", "2 · notes", "Continued on the next page.").
 */
interface Vocabulary {
  readonly words: Set<string>;
  all: string;
  readonly unhyphenated: Set<string>;
  allUnhyphenated: string;
}
const vocabularies = new Map<Lang, Vocabulary>();
/** The handout's page footer ("Page 1 of 4"): written in src/theme/handout.css (a margin box), not in the UI catalog. */
const HANDOUT_FOOTER: Readonly<Record<Lang, string>> = { en: 'Page of', es: 'Página de' };

/** Inline roles: their text continues the element around them. Every other element is a block of its own. */
const INLINE = new Set(['Span', 'Link', 'Strong', 'Em', 'Code', 'Quote', 'Reference', 'Lbl']);

async function taggedBlocks(pdf: PDFDocumentProxy): Promise<string> {
  let text = '';
  for (let i = 0; i < pdf.numPages; i++) {
    const page = await pdf.getPage(i + 1);
    const content = await markedContentText(pdf, i);
    type Node = { role?: string; type?: string; id?: string; children?: Node[] };
    const read = (n: Node): string => {
      if (n.role === 'Figure') return '\n';
      if (n.type === 'content' && n.id) return content.get(Number(/_mc(\d+)$/.exec(n.id)?.[1] ?? -1)) ?? '';
      const inner = (n.children ?? []).map(read).join('');
      return n.role && !INLINE.has(n.role) ? `\n${inner}\n` : inner;
    };
    const tree = (await page.getStructTree()) as Node | null;
    text += `${tree ? read(tree) : ''}\n`;
  }
  return text;
}

/** pdf.js's text items (a line end where it marks one), leaving out those inside a Figure (a drawing's labels). */
async function pdfjsText(pdf: PDFDocumentProxy): Promise<string> {
  let text = '';
  for (let i = 0; i < pdf.numPages; i++) {
    const drawing = await mcidsUnder(pdf, i, 'Figure');
    const content = await (await pdf.getPage(i + 1)).getTextContent({ includeMarkedContent: true });
    const open: (number | null)[] = [];
    for (const item of content.items) {
      if ('type' in item) {
        // An artifact (a decoration, e.g. the steps' numbered path) is no text: skipped like a drawing.
        if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') open.push((item as { tag?: string }).tag === 'Artifact' ? -1 : item.id ? Number(/_mc(\d+)$/.exec(item.id)?.[1] ?? NaN) : null);
        else if (item.type === 'endMarkedContent') open.pop();
        // pdf.js gives the runs in drawing order ("…on blocking doorways." before the link
        // "patent" placed earlier on its line): one run of marked content is one piece of text.
        // Across runs, the tagged text above reads them in order.
        text += '\n';
        continue;
      }
      if (open.some((m) => m === -1 || (m !== null && drawing.has(m)))) continue;
      text += item.str + (item.hasEOL ? '\n' : '');
    }
    text += '\n';
  }
  return text;
}

const texts = new Map<SharedPdfName, { pdftotext: string; pdfjs: string; tagged: string }>();

beforeAll(async () => {
  for (const lang of new Set(PDFS.map(langOf))) {
    const dist = join(inject('distDir'), LOCALES[lang].folder);
    const manifest = readManifest(dist);
    const n = UI[lang].notes;
    const vocabulary = new Set<string>(wordsOf([n.sheet(2, true), n.pageLabel(2, 2), n.continuedFooter, HANDOUT_FOOTER[lang]].join(' ')));
    const pages = [...Object.values(manifest.editions).map((e) => e.page), ...Object.values(manifest.handouts).map((h) => h.page)];
    for (const page of pages) {
      const { document } = new JSDOM(readFileSync(join(dist, page), 'utf8')).window;
      const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) for (const w of wordsOf(node.textContent ?? '')) vocabulary.add(w);
    }
    // pdftotext joins a word hyphenated at a line end ("breast-" / "cancer" in an address): the
    // same words without their hyphens are the deck's words too.
    const unhyphenated = new Set([...vocabulary].map((w) => w.replaceAll('-', '')));
    vocabularies.set(lang, { words: vocabulary, all: [...vocabulary].join('\n'), unhyphenated, allUnhyphenated: [...unhyphenated].join('\n') });
  }
  for (const name of PDFS) {
    const { result } = await sharedPdf(name as 'slides');
    const pdf = await openPdf(result.path);
    texts.set(name, { pdftotext: pageTexts(result.path).join('\n'), pdfjs: await pdfjsText(pdf), tagged: await taggedBlocks(pdf) });
  }
}, 900_000);

/** Words in none of the pages' text: glued. A piece of a word (a word split over two runs, "doorway" + "s") is not. */
const known = (v: Vocabulary, w: string): boolean => v.words.has(w) || v.all.includes(w) || v.unhyphenated.has(w.replaceAll('-', '')) || v.allUnhyphenated.includes(w.replaceAll('-', ''));
const glued = (name: SharedPdfName, text: string): string[] => {
  const v = vocabularies.get(langOf(name))!;
  return [...new Set(wordsOf(text).filter((w) => !known(v, w)))];
};

describe.each(PDFS)('the %s PDF', (name) => {
  it('pdftotext: no two words glued together', () => {
    expect(wordsOf(texts.get(name)!.pdftotext).length).toBeGreaterThan(300);
    expect(glued(name, texts.get(name)!.pdftotext)).toEqual([]);
  });

  it('the tagged text (each structure element, as a screen reader reads it): no two words glued together', () => {
    expect(wordsOf(texts.get(name)!.tagged).length).toBeGreaterThan(300);
    expect(glued(name, texts.get(name)!.tagged)).toEqual([]);
  });

  it('pdf.js outside the figures: no two words glued together', () => {
    expect(wordsOf(texts.get(name)!.pdfjs).length).toBeGreaterThan(300);
    expect(glued(name, texts.get(name)!.pdfjs)).toEqual([]);
  });
});
