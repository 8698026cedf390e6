// `npm run build:single` (src/cli/commands/build-single.ts): the deck as ONE self-contained HTML file (out/deck.html) that presents
// from file:// with no server and no network, speaker view included: for a clinic laptop or a
// USB stick. Scripts, styles, fonts (woff2 only, as base64) and images are inlined by
// vite-plugin-singlefile; the favicon becomes a data: URL. The CSP allows the inlined scripts by
// their sha256 hashes, computed here AFTER inlining, never by 'unsafe-inline'.

import { readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { AtomicFile } from '../output/atomic-file.ts';
import { READ_PAGE } from '../model/reading-view.ts';
import { buildDeck } from './run-build.ts';
import { PROJECT_ROOT } from '../load/load-deck.ts';
import { assertWritableFile } from '../output/output-path.ts';
import { deckPolicy, inlineScripts, scriptHash, setPolicyMeta, speakerViewScriptHashes } from './csp.ts';
import { editStartTags, elements } from './html-edit.ts';
import type { DeckPluginOptions } from './deck-plugin.ts';
import { readManifest } from '../output/manifest-file.ts';
import { FULL_EDITION } from '../model/types.ts';

export const SINGLE_FILE = resolve(PROJECT_ROOT, 'out/deck.html');

/**
 * @fontsource lists a .woff fallback after each .woff2; every browser that runs reveal.js 6 reads
 * woff2, so inlining both would only add ~50 KB of base64 nobody uses.
 */
function woff2Only(): Plugin {
  return {
    name: 'deck-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/@fontsource\/.+\.css$/.test(id)) return null;
      return code.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, '');
    },
    // A stylesheet that @imports @fontsource's CSS (the reading view's) is inlined by Vite's CSS
    // pipeline without passing through `transform`: drop the fallbacks from the built CSS too
    // (before vite-plugin-singlefile, whose generateBundle runs last).
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.css')) continue;
        file.source = String(file.source).replace(/,\s*url\(data:font\/woff;base64,[^)]*\)\s*format\(['"]?woff['"]?\)/g, '');
      }
    },
  };
}

/**
 * vite-plugin-singlefile turns `<link rel="stylesheet" crossorigin href>` into
 * `<style crossorigin>`, which HTML does not allow (W3C Nu HTML Checker: an error); an inline
 * style is fetched from nowhere, so the attribute meant nothing anyway.
 */
function dropStyleCrossorigin(html: string): string {
  return editStartTags(html, 'style[crossorigin]', (tag) => tag.replace(/\s+crossorigin(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/gi, ''));
}

function inlineFavicon(html: string): string {
  const svg = readFileSync(resolve(PROJECT_ROOT, 'public/favicon.svg'), 'utf8');
  const dataUrl = `data:image/svg+xml,${encodeURIComponent(svg)}`;
  return editStartTags(html, 'link[rel="icon"]', (tag) => tag.replace(/\shref="[^"]*"/, ` href="${dataUrl}"`));
}

/**
 * Files the page would load from next to it (scripts, images, stylesheets, icons, CSS url()s);
 * the single file must have none. Links a reader may follow (<a href>, a source's DOI) are not loads.
 */
export function externalReferences(html: string): string[] {
  const sources = elements(html, '[src], [srcset], [poster]').flatMap((el) => ['src', 'srcset', 'poster'].flatMap((a) => el.getAttribute(a) ?? []));
  const links = elements(html, 'link[href]').map((el) => el.getAttribute('href')!);
  const styles = elements(html, 'style').map((el) => el.rawText).join('\n');
  const urls = [...styles.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/gi)].map((m) => m[1]!);
  return [...sources, ...links, ...urls].filter((u) => !/^(data:|#)/.test(u));
}

/** A built page made self-contained: favicon inline, nothing loaded from beside it, scripts allowed by hash. */
function selfContained(html: string, page: string): string {
  const out = dropStyleCrossorigin(inlineFavicon(html));
  const leftovers = externalReferences(out);
  if (leftovers.length) throw new Error(`The single-file ${page} still refers to other files: ${leftovers.join(', ')}`);
  const scripts = inlineScripts(out);
  const hashes = [...scripts.map(scriptHash), ...scripts.flatMap(speakerViewScriptHashes)];
  return setPolicyMeta(out, deckPolicy({ scriptHashes: [...new Set(hashes)], singleFile: true }));
}

interface SingleFiles {
  /** out/deck.html: the slides. */
  readonly file: string;
  readonly bytes: number;
  /** out/read.html: the reading view, beside it. */
  readonly readFile: string;
  readonly readBytes: number;
}

/** One page of the single-file build, self-contained. */
export interface SinglePage {
  /** deck.html (the full edition), deck-<edition>.html, or read.html. */
  readonly file: string;
  /** The edition it shows (the reading view: the full edition's). */
  readonly edition: string;
  readonly html: string;
}

/** The single file's name for an edition's slides: deck.html, deck-short.html, … */
export const singleDeckFile = (edition: string): string => (edition === FULL_EDITION ? 'deck.html' : `deck-${edition}.html`);

interface SingleBuildOptions {
  readonly quiet?: boolean;
  readonly signal?: AbortSignal;
  /** The deck to build (default: slides/index.ts); a command that loaded it passes it compiled. */
  readonly deck?: Omit<DeckPluginOptions, 'singleFile'>;
}

/**
 * Every edition's slides and the reading view, each as ONE self-contained file, in memory (the
 * build's scratch folder is removed). `npm run build:single` writes the full edition's two;
 * `npm run kit` writes them all.
 */
export async function buildSinglePages(options: SingleBuildOptions = {}): Promise<SinglePage[]> {
  const work = join('out', `.single-build-${process.pid}-${Date.now().toString(36)}`);
  const dir = await buildDeck(work, {
    quiet: options.quiet ?? true,
    deck: { ...options.deck, singleFile: true },
    plugins: [woff2Only(), viteSingleFile()],
    config: { publicDir: false },
    signal: options.signal,
  });
  try {
    const manifest = readManifest(dir, work);
    const decks = Object.values(manifest.editions).map((e) => ({ file: singleDeckFile(e.name), edition: e.name, html: selfContained(readFileSync(join(dir, e.page), 'utf8'), `${e.name} deck`) }));
    return [...decks, { file: READ_PAGE, edition: FULL_EDITION, html: selfContained(readFileSync(join(dir, READ_PAGE), 'utf8'), 'reading view') }];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Builds the single file (and the reading view as one file beside it) and returns their paths
 * and sizes. Each file is replaced only when complete.
 */
export async function buildSingleFile(outFile: string = SINGLE_FILE, options: { quiet?: boolean; signal?: AbortSignal } = {}): Promise<SingleFiles> {
  const readFile = join(dirname(outFile), READ_PAGE);
  assertWritableFile(outFile, relative(process.cwd(), outFile) || outFile);
  assertWritableFile(readFile, relative(process.cwd(), readFile) || readFile);
  const pages = await buildSinglePages(options);
  const html = pages.find((p) => p.file === singleDeckFile(FULL_EDITION))!.html;
  const read = pages.find((p) => p.file === READ_PAGE)!.html;
  await new AtomicFile(outFile).commit(Buffer.from(html));
  await new AtomicFile(readFile).commit(Buffer.from(read));
  return { file: outFile, bytes: Buffer.byteLength(html), readFile, readBytes: Buffer.byteLength(read) };
}
