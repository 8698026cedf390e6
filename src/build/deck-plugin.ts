// The Vite plugin that makes the deck a compiled artifact. A build from a command is handed the
// deck already loaded and compiled (options.compiled: src/load/load-deck.ts, one loader and one
// compile per command); the dev server, on every page load, and a bare `vite build` load the
// deck's modules themselves through Vite's module runner (src/load/deck-input.ts, validated),
// compiling every edition (src/model/editions.ts). It writes:
//  - index.html with the full edition's slides already in it (rendered by src/render in Node),
//    and one page per other edition (short.html …) with the same scripts and styles;
//  - deck.json, the manifest every Node tool reads (src/model/manifest.ts);
//  - the "opened from a file" script and raster figures.
// The browser bundle then only starts reveal.js (src/present/main.ts).
//
// An invalid deck fails the build with the validator's located message. In the dev server the
// page shows that message instead of the deck, Vite's error overlay names it too, and any change
// under slides/ reloads the page.

import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { IndexHtmlTransformResult, Plugin, ResolvedConfig, Rollup, UserConfig } from 'vite';
import type { CompiledDeck } from '../model/compiled.ts';
import { DeckValidationError } from '../model/errors.ts';
import { buildManifest, editionPage as editionFile, handoutPage, MANIFEST_FILE, singleFilePage, type ManifestHandout } from '../model/manifest.ts';
import { FULL_EDITION } from '../model/types.ts';
import type { DeckInput, DeckInputOptions } from '../load/deck-input.ts';
import type { Asset, AssetMap } from '../render/context.ts';
import { PROJECT_ROOT, type LoadedDeck } from '../load/load-deck.ts';
import { CONTENT_INPUTS, hashInputs, subset, combined } from '../load/source-hash.ts';
import { compileWithRunner } from './module-runner.ts';
import { watchSlides } from './dev-watch.ts';
import { elements, setAttributes, setContent, splice } from './html-edit.ts';
import { editionPage, FILE_CHECK_SCRIPT, fillPage } from './page.ts';
import { errorScreenHtml, escapeHtml, handoutHtml, readingViewHtml, reviewPageHtml, slidesHtml } from './render-html.ts';
import { reviewSheet } from '../check/review-sheet.ts';
import { REVIEW_PAGE } from '../model/review-sheet.ts';
import { fillTakeHomePage, otherEditionPage, readPageTitle } from './take-home-pages.ts';
import { handoutTitle } from '../model/handout-compile.ts';
import { READ_PAGE } from '../model/reading-view.ts';
import { DATA } from '../render/markup.ts';
import { SOURCE_LANG } from '../model/locales.ts';
import { languageLinks, type LanguageLink } from '../model/ui/index.ts';

/** The single file's name for the slides (src/build/single-file.ts writes out/deck.html next to out/read.html). */
const SINGLE_DECK_FILE = singleFilePage(FULL_EDITION);

export type DeckPluginOptions = Omit<DeckInputOptions, 'root' | 'importer'> & {
  /** The single-file build: no separate files (no file:// check script, figures inline). */
  readonly singleFile?: boolean;
  /**
   * The deck as the command already loaded and compiled it (src/load/load-deck.ts): the build
   * then imports no slide module itself. Without it (the dev server, a bare `vite build`) the
   * plugin loads the deck through Vite's module runner.
   */
  readonly compiled?: CompiledBuild;
  /** Told how long rendering the pages took (the build's "render" phase). */
  readonly onRender?: (ms: number) => void;
  /** A translation's folder inside the site (dist/es/): the site's one nginx.conf is the English build's. */
  readonly inSite?: boolean;
};

/** The deck loaded, validated and every edition compiled. */
export type CompiledBuild = LoadedDeck;

const THEME_DIR = resolve(import.meta.dirname, '../theme');
const PRESENT_DIR = resolve(import.meta.dirname, '../present');

/** The folder a deck's figure files are in. */
const figuresDirOf = (input: DeckInput, root: string): string => input.figuresDir ?? resolve(root, 'slides/figures');

const IMAGE_TYPES: Readonly<Record<string, string>> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp' };
const inlinedAssets = new WeakMap<DeckInput, AssetMap>();

/**
 * The figures as a page shows them. The single file has nothing beside it, so its raster figures
 * (PNG, JPEG, WebP) go in as data: URLs (its CSP allows data: images); other builds link to the
 * files the bundle emits (figures/<name>).
 */
function pageAssets(input: DeckInput, root: string, options: DeckPluginOptions): AssetMap {
  if (!options.singleFile) return input.assets;
  let assets = inlinedAssets.get(input);
  if (!assets) {
    const dir = figuresDirOf(input, root);
    assets = new Map(
      [...input.assets].map(([name, asset]): [string, Asset] => {
        if (asset.kind !== 'url') return [name, asset];
        const type = IMAGE_TYPES[name.replace(/^.*\./, '').toLowerCase()] ?? 'application/octet-stream';
        return [name, { kind: 'url', url: `data:${type};base64,${readFileSync(join(dir, name)).toString('base64')}` }];
      }),
    );
    inlinedAssets.set(input, assets);
  }
  return assets;
}

/** The figures as the single file shows them (raster figures as data: URLs). */
export const singleFileAssets = (input: DeckInput): AssetMap => pageAssets(input, PROJECT_ROOT, { singleFile: true });

/**
 * A page's links to the same page in the other languages a build puts beside it (npm run build
 * writes dist/ and dist/es/): the English links to each translation, a translation to the
 * English. None on the dev server (it serves one language) or in the single file (it has one).
 */
function languagesOf(built: CompiledBuild | undefined, deck: CompiledDeck, page: string, options: DeckPluginOptions): LanguageLink[] {
  if (!built || options.singleFile) return [];
  return languageLinks(deck.lang, deck.lang === SOURCE_LANG ? built.translations.map((t) => t.lang) : [SOURCE_LANG], page);
}

/** The dev server's page for an invalid deck: the template's own title and language, the problems after the empty slides. */
function withProblems(template: string, problems: DeckValidationError['problems']): string {
  const [slides] = elements(template, 'main .reveal > .slides');
  const html = slides ? splice(template, [[slides.range[1], slides.range[1], errorScreenHtml(problems)]]) : template;
  return setAttributes(html, 'html', { [DATA.deckState]: 'error' });
}

/** The edition a dev-server request is for: /short.html → short; anything else → full. */
function editionOfUrl(url: string | undefined, names: readonly string[]): string {
  const page = (url ?? '/').split(/[?#]/)[0]!.replace(/^.*\//, '');
  return names.find((name) => name !== FULL_EDITION && editionFile(name) === page) ?? FULL_EDITION;
}

export function deckPlugin(options: DeckPluginOptions = {}): Plugin {
  let config: ResolvedConfig;
  let built: CompiledBuild | undefined;
  let hashes: { sourceHash: string; inputs: Record<string, string> } | undefined;
  let renderMs = 0;
  const noScriptCss = () => readFileSync(join(THEME_DIR, 'no-script.css'), 'utf8');
  // The file:// check script is a build file; the dev server is always http.
  const fill = (template: string, deck: CompiledDeck, slides: string) =>
    fillPage(template, { deck, slides, noScriptCss: noScriptCss(), fileCheck: config.command === 'build' && !options.singleFile, languages: languagesOf(config.command === 'build' ? built : undefined, deck, 'index.html', options) });

  return {
    name: 'deck',
    // After Vite's own HTML plugin, so index.html is in the bundle when the other pages are cut from it.
    enforce: 'post',
    config(user) {
      return takeHomeConfig(user.root ?? process.cwd(), options);
    },
    configResolved(resolved) {
      config = resolved;
    },

    async buildStart() {
      if (config.command !== 'build') return;
      built = options.compiled ?? (await compileWithRunner(config.root, options));
      const { files } = hashInputs(config.root);
      hashes = { sourceHash: combined(subset(files, CONTENT_INPUTS)), inputs: files };
    },

    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (config.command !== 'build') return page(html, ctx.filename, ctx.originalUrl);
        // The build's "render" phase: the pages filled with the rendered slides and articles.
        const started = performance.now();
        try {
          return await page(html, ctx.filename, ctx.originalUrl);
        } finally {
          renderMs += performance.now() - started;
        }
      },
    },

    generateBundle(_output, bundle) {
      const started = performance.now();
      emitPages.call(this, bundle);
      renderMs += performance.now() - started;
      options.onRender?.(renderMs);
    },

    configureServer(server) {
      watchSlides(server, config.root, options);
    },
  };

  /** A page template filled: the reading view, a handout or the slides of an edition. */
  async function page(html: string, filename: string, url: string | undefined): Promise<IndexHtmlTransformResult> {
    const build = config.command === 'build' ? built! : undefined;
    if (basename(filename) === READ_PAGE) return fillReadingView(html, build, config.root, options);
    if (basename(filename) === REVIEW_PAGE) return fillReviewPage(html, build, config.root, options);
    if (/^handout(-[a-z0-9-]+)?\.html$/.test(basename(filename))) return fillHandout(html, build, config.root, options, url);
    if (build) {
      const full = build.editions[0]!;
      return fill(html, full, slidesHtml(full, pageAssets(build.input, config.root, options)));
    }
    // Dev server: read the slides again on every page load, so the page is always current.
    try {
      const fresh = await compileWithRunner(config.root, options);
      const edition = editionOfUrl(url, fresh.editions.map((e) => e.edition));
      const deck = fresh.editions.find((e) => e.edition === edition)!;
      return fill(html, deck, slidesHtml(deck, fresh.input.assets));
    } catch (error) {
      if (!(error instanceof DeckValidationError)) throw error;
      // The template's own title and language, and the problems in place of the slides.
      return withProblems(html, error.problems);
    }
  }

  /** The other editions' pages, the handouts, deck.json, the file:// check and raster figures. */
  function emitPages(this: Rollup.PluginContext, bundle: Rollup.OutputBundle): void {
    if (!built || !hashes) return;
    const [full, ...others] = built.editions;
    const index = bundle['index.html'];
    if (!full || index?.type !== 'asset') return this.error('index.html is missing from the bundle.');
    const filled = String(index.source);
    for (const deck of others) {
      this.emitFile({ type: 'asset', fileName: editionFile(deck.edition), source: editionPage(filled, deck, slidesHtml(deck, pageAssets(built.input, config.root, options)), languagesOf(built, deck, editionFile(deck.edition), options)) });
    }
    const pages: Record<string, string> = { read: READ_PAGE, ...(options.singleFile ? {} : { review: REVIEW_PAGE }) };
    const handouts: Record<string, ManifestHandout> = {};
    const handoutFile = bundle[handoutPage(FULL_EDITION)];
    if (!options.singleFile && handoutFile?.type === 'asset') {
      built.handouts.forEach((handout, i) => {
        const deck = built!.editions[i]!;
        const page = handoutPage(deck.edition);
        const filled = { deck, title: handoutTitle(deck.meta), article: handoutHtml(handout, deck, built!.input.assets) };
        if (deck.edition !== FULL_EDITION) this.emitFile({ type: 'asset', fileName: page, source: otherEditionPage(String(handoutFile.source), filled) });
        pages[deck.edition === FULL_EDITION ? 'handout' : `handout-${deck.edition}`] = page;
        handouts[deck.edition] = { page, title: filled.title, sections: handout.sections.map(({ id, title }) => ({ id, title })) };
      });
    }
    this.emitFile({ type: 'asset', fileName: MANIFEST_FILE, source: `${JSON.stringify(buildManifest(built.editions, hashes, pages, handouts), null, 2)}\n` });
    if (!options.singleFile) {
      this.emitFile({ type: 'asset', fileName: FILE_CHECK_SCRIPT, source: readFileSync(join(PRESENT_DIR, FILE_CHECK_SCRIPT), 'utf8') });
      for (const [name, asset] of built.input.assets) {
        if (asset.kind === 'url') this.emitFile({ type: 'asset', fileName: asset.url, source: readFileSync(join(figuresDirOf(built.input, config.root), name)) });
      }
    }
  }
}

/**
 * The build's pages besides index.html: the reading view (read.html). In the single-file build
 * each page keeps its own stylesheet (vite-plugin-singlefile would merge every page's CSS into
 * one, and the reading view must not carry reveal.js's reset and theme).
 */
function takeHomeConfig(root: string, options: DeckPluginOptions): UserConfig {
  const input = {
    index: resolve(root, 'index.html'),
    read: resolve(root, READ_PAGE),
    // The handout page is for printing (npm run pdf -- --handout), the review page for the
    // clinician who checks the deck: neither is for the single file.
    ...(options.singleFile ? {} : { handout: resolve(root, handoutPage(FULL_EDITION)), review: resolve(root, REVIEW_PAGE) }),
  };
  return { build: { rolldownOptions: { input }, ...(options.singleFile ? { cssCodeSplit: true } : {}) } };
}

/**
 * The build's compiled deck; on the dev server (no build yet) the deck compiled afresh, or, when it
 * is invalid, the template with the problems in its <main class="…"> in place of the content.
 */
async function compiledOrProblems(
  template: string,
  built: CompiledBuild | undefined,
  root: string,
  options: DeckPluginOptions,
  mainClass: string,
): Promise<CompiledBuild | string> {
  if (built) return built;
  try {
    return await compileWithRunner(root, options);
  } catch (error) {
    if (!(error instanceof DeckValidationError)) throw error;
    return setContent(template, `main.${mainClass}`, errorScreenHtml(error.problems));
  }
}

/** read.html with the full edition as one article (dev server: compiled afresh, or the problems). */
async function fillReadingView(template: string, built: CompiledBuild | undefined, root: string, options: DeckPluginOptions): Promise<IndexHtmlTransformResult> {
  const build = await compiledOrProblems(template, built, root, options, 'read-main');
  if (typeof build === 'string') return build;
  const full = build.editions[0]!;
  const article = readingViewHtml(full, pageAssets(build.input, root, options), { slidesHref: options.singleFile ? SINGLE_DECK_FILE : 'index.html', otherLanguages: languagesOf(built, full, READ_PAGE, options) });
  return fillTakeHomePage(template, { deck: full, title: readPageTitle(full), article }, READ_PAGE);
}

/**
 * review.html: every sentence of the deck with the facts it cites, for the clinician who reviews
 * it (src/check/review-sheet.ts reads the compiled editions as the check does; src/render/review-page.ts).
 */
async function fillReviewPage(template: string, built: CompiledBuild | undefined, root: string, options: DeckPluginOptions): Promise<IndexHtmlTransformResult> {
  const build = await compiledOrProblems(template, built, root, options, 'review-main');
  if (typeof build === 'string') return build;
  const sheet = reviewSheet(build.input.deck, build.editions, build.input.review);
  const full = build.editions[0]!;
  return fillTakeHomePage(template, { deck: full, title: `Review sheet: ${full.meta.title}`, article: reviewPageHtml(sheet) }, REVIEW_PAGE);
}

/**
 * handout.html with the full edition's patient handout (other editions' pages are cut from it in
 * generateBundle). A deck without slides/handout.ts gets a page that says so.
 */
async function fillHandout(template: string, built: CompiledBuild | undefined, root: string, options: DeckPluginOptions, url?: string): Promise<IndexHtmlTransformResult> {
  const build = await compiledOrProblems(template, built, root, options, 'handout-main');
  if (typeof build === 'string') return build;
  // The build fills handout.html with the full edition (generateBundle cuts the others from it);
  // the dev server serves /handout-<edition>.html from the same template.
  const page = (url ?? '').split(/[?#]/)[0]!.replace(/^.*\//, '');
  const index = Math.max(0, built ? 0 : build.editions.findIndex((e) => handoutPage(e.edition) === page));
  const deck = build.editions[index]!;
  const handout = build.handouts[index];
  const article = handout ? handoutHtml(handout, deck, build.input.assets) : `<p>${escapeHtml('This deck has no patient handout: add slides/handout.ts.')}</p>`;
  return fillTakeHomePage(template, { deck, title: handoutTitle(deck.meta), article }, handoutPage(FULL_EDITION));
}
