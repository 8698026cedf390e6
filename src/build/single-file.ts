// `npm run build:single` (src/cli/commands/build-single.ts): the deck as ONE self-contained HTML file (out/deck.html,
// out/deck-short.html for the short edition) that presents
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
import { UsageError } from '../exit/cli-error.ts';
import { compileLoaded, loadDeckFrom, PROJECT_ROOT } from '../load/load-deck.ts';
import { editionOf } from '../model/editions.ts';
import { deckInLang } from '../load/lang-deck.ts';
import { inLangFolder, SOURCE_LANG, type Lang } from '../model/locales.ts';
import { singleFilePage } from '../model/manifest.ts';
import { FULL_EDITION } from '../model/types.ts';
import { assertWritableFile } from '../output/output-path.ts';
import { releaseScratch, scratchPath } from '../output/scratch.ts';
import { singleFileAssets } from './deck-plugin.ts';
import { editionPage } from './page.ts';
import { slidesHtml } from './render-html.ts';
import { buildDeck } from './run-build.ts';
import { deckPolicy, inlineScripts, scriptHash, setPolicyMeta, speakerViewScriptHashes } from './csp.ts';
import { editStartTags, elements } from './html-edit.ts';
type Compiled = ReturnType<typeof compileLoaded>;


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
  /** out/deck.html (out/deck-<edition>.html): the slides. */
  readonly file: string;
  readonly bytes: number;
  /** out/read.html: the reading view, beside it. */
  readonly readFile: string;
  readonly readBytes: number;
}

interface SingleFileOptions {
  /** The edition to write (default: the full deck). */
  readonly edition?: string;
  /** The deck's language (default English): a translation is written to out/<folder> (out/es/deck.html). */
  readonly lang?: Lang;
  readonly quiet?: boolean;
  readonly signal?: AbortSignal;
  /** Told what a long part of the build is doing (large figures). */
  readonly onProgress?: (line: string) => void;
}

/** Where `npm run build:single` writes an edition: out/deck.html, out/deck-short.html, … */
export const singleFileOut = (edition: string = FULL_EDITION, lang: Lang = SOURCE_LANG): string => resolve(PROJECT_ROOT, inLangFolder(`out/${singleFilePage(edition)}`, lang));

/** One page of the single-file build, self-contained. */
export interface SinglePage {
  /** deck.html (the full edition), deck-<edition>.html, or read.html. */
  readonly file: string;
  /** The edition it shows (the reading view: the full edition's). */
  readonly edition: string;
  readonly html: string;
}

/**
 * One single-file build in a scratch folder (removed after), handed to `use`: the build inlines
 * everything into index.html (the full deck) and read.html; another edition is the same page
 * with that edition's slides, title and file notice (src/build/page.ts editionPage).
 */
async function inSingleBuild<T>(compiled: Compiled, options: Omit<SingleFileOptions, 'edition'>, use: (page: (edition: string) => string, read: () => string) => T): Promise<T> {
  const work = scratchPath(resolve(PROJECT_ROOT, 'out'), '.single-build');
  try {
    const dir = await buildDeck(relative(PROJECT_ROOT, work), {
      quiet: options.quiet ?? true,
      deck: { singleFile: true, compiled },
      plugins: [woff2Only(), viteSingleFile()],
      config: { publicDir: false },
      signal: options.signal,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    const index = readFileSync(join(dir, 'index.html'), 'utf8');
    const page = (edition: string): string => {
      const deck = editionOf(compiled, edition)!;
      return selfContained(edition === FULL_EDITION ? index : editionPage(index, deck, slidesHtml(deck, singleFileAssets(compiled.input))), edition === FULL_EDITION ? 'deck' : `${edition} deck`);
    };
    return use(page, () => selfContained(readFileSync(join(dir, READ_PAGE), 'utf8'), 'reading view'));
  } finally {
    rmSync(work, { recursive: true, force: true });
    releaseScratch(work);
  }
}

/**
 * Every edition's slides and the reading view, each as ONE self-contained file, in memory.
 * `npm run kit` writes them all.
 */
export async function buildSinglePages(options: Omit<SingleFileOptions, 'edition'> & { readonly compiled?: Compiled } = {}): Promise<SinglePage[]> {
  const compiled = options.compiled ?? compileLoaded(await loadDeckFrom());
  return inSingleBuild(compiled, options, (page, read) => [
    ...compiled.editions.map((e) => ({ file: singleFilePage(e.edition), edition: e.edition, html: page(e.edition) })),
    { file: READ_PAGE, edition: FULL_EDITION, html: read() },
  ]);
}

/**
 * Builds the single file of an edition (and the reading view as one file beside it) and returns
 * their paths and sizes. The deck is loaded and checked first (an edition it does not have is a
 * UsageError, before anything is built); each file is replaced only when complete.
 */
export async function buildSingleFile(outFile?: string, options: SingleFileOptions = {}): Promise<SingleFiles> {
  const edition = options.edition ?? FULL_EDITION;
  const lang = options.lang ?? SOURCE_LANG;
  const file = outFile ?? singleFileOut(edition, lang);
  const readFile = join(dirname(file), READ_PAGE);
  assertWritableFile(file, relative(process.cwd(), file) || file);
  assertWritableFile(readFile, relative(process.cwd(), readFile) || readFile);
  const compiled = deckInLang(compileLoaded(await loadDeckFrom()), lang);
  if (!editionOf(compiled, edition)) throw new UsageError(`--edition ${edition}: the deck has no such edition (it has ${compiled.editions.map((e) => e.edition).join(', ')}).`);
  const [html, read] = await inSingleBuild(compiled, options, (page, readPage) => [page(edition), readPage()] as const);
  await new AtomicFile(file).commit(Buffer.from(html));
  await new AtomicFile(readFile).commit(Buffer.from(read));
  return { file, bytes: Buffer.byteLength(html), readFile, readBytes: Buffer.byteLength(read) };
}
