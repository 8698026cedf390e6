// Loading the deck's translations (slides/<folder>/index.ts for every language of
// src/model/locales.ts but English), each as a deck of its own with its own figures
// (slides/es/figures/: the same file names, with the words in the language) and its own
// translation review record (slides/es/translation-review.ts), validated like the English deck
// (located messages naming slides/es/…), then tied to the English it was translated from:
//  - which English parts changed since they were translated ("needs update");
//  - the clinical review of that English (what the clinician read covers the translation's facts);
//  - whether the translation review still covers the translation and the English.
// The handout is the English one's (slides/handout.ts): it points at blocks by id, which a
// translation keeps, so it is checked against each translated deck too.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { contentHashes, reviewStatus, type TranslationCompileInput } from '../model/compile.ts';
import { DeckValidationError, type DeckProblem } from '../model/errors.ts';
import { handoutProblems } from '../model/handout-spec.ts';
import { contentHash } from '../model/hash.ts';
import { LOCALES, TRANSLATION_LANGS, type Lang } from '../model/locales.ts';
import { staleParts, translatableHashes, translationStatus, type TranslationReview } from '../model/translation.ts';
import type { AnyDeck } from '../model/types.ts';
import { deckProblems } from '../model/validate.ts';
import type { AssetMap } from '../render/context.ts';
import type { DeckInput, Importer } from './deck-input.ts';
import { figuresIn } from './figure-files.ts';
import { firstInvalidByte } from './utf8.ts';

/** A translation as loaded: a deck input of its own, and how it stands against the English. */
export interface TranslationInput {
  readonly lang: Lang;
  /** The translated deck with the English deck's local details and handout, its own figures. */
  readonly input: DeckInput;
  readonly translation: TranslationCompileInput;
  /** slides/<folder>/translation-review.ts, or null. */
  readonly review: TranslationReview | null;
  /** Where its modules are (slides/es/). */
  readonly dir: string;
}

const NON_SLIDE_MODULES = new Set(['index.ts', 'define.ts', 'glossary.ts', 'sources.ts', 'facts.ts', 'translation-review.ts']);

/** A problem of a translated deck, placed in its own files: "slide large-trials" becomes "slide es/large-trials" (slides/es/large-trials.ts). */
function placed(problem: DeckProblem, folder: string): DeckProblem {
  const where = problem.where.startsWith('slide ') ? `slide ${folder}${problem.where.slice(6)}` : `${folder}index.ts › ${problem.where}`;
  return { ...problem, where };
}

function encodingProblems(dir: string, root: string): DeckProblem[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.ts') || n.endsWith('.svg'))
    .sort()
    .flatMap((name) => {
      const at = firstInvalidByte(readFileSync(join(dir, name)));
      return at < 0 ? [] : [{ where: relative(root, join(dir, name)), field: `byte ${at}`, message: 'is not saved as UTF-8', fix: 'Save the file as UTF-8 in your editor, then check accented letters (á é í ó ú ñ ü ¿ ¡)' }];
    });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Every translation of the real deck, loaded and checked against it. Throws DeckValidationError
 * (every problem, located in slides/<folder>/) when one cannot be used.
 */
export async function loadTranslations(english: DeckInput, options: { readonly root: string; readonly slidesDir: string; readonly importer: Importer }): Promise<TranslationInput[]> {
  const { root, slidesDir, importer } = options;
  const out: TranslationInput[] = [];
  const englishHashes = contentHashes(english.deck, english.figures);
  const englishHash = contentHash(englishHashes);
  const clinical = reviewStatus(english.review, englishHashes, englishHash);
  const current = translatableHashes(english.deck, englishHashes);
  for (const lang of TRANSLATION_LANGS) {
    const folder = LOCALES[lang].folder;
    const dir = join(slidesDir, folder);
    const moduleFile = join(dir, 'index.ts');
    const problems: DeckProblem[] = [];
    const fail = (): never => {
      throw new DeckValidationError(problems);
    };
    if (!existsSync(moduleFile)) {
      problems.push({ where: relative(root, moduleFile), field: '(module)', message: `does not exist, but src/model/locales.ts lists the language "${lang}"`, fix: `Translate the deck into slides/${folder} (see slides/es/ for how), or take "${lang}" out of LANGS` });
      fail();
    }
    problems.push(...encodingProblems(dir, root), ...encodingProblems(join(dir, 'figures'), root));
    if (problems.length > 0) fail();
    let deck: unknown;
    try {
      deck = (await importer(moduleFile)).default;
    } catch (error) {
      problems.push({ where: relative(root, moduleFile), field: '(module)', message: `failed to load: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`, fix: 'Fix the error in that module (run `npx tsc --noEmit` for the exact place)' });
      fail();
    }
    const read = figuresIn(join(dir, 'figures'), root);
    const { figures, text: figureText } = read;
    problems.push(...deckProblems(deck, { assets: new Set(figures.keys()), talkOrder: true }).map((p) => placed(p, folder)), ...read.problems);
    // Every English figure has its translation (the same file name), and nothing else is there.
    for (const name of english.figures.keys()) {
      if (!figures.has(name)) problems.push({ where: `slides/${folder}figures`, field: name, message: 'is missing: the English figure has words in it', fix: `Copy slides/figures/${name} to slides/${folder}figures/ and translate its <text>` });
    }
    for (const name of figures.keys()) {
      if (!english.figures.has(name)) problems.push({ where: `slides/${folder}figures/${name}`, field: '(file)', message: 'has no English figure of that name (slides/figures/)', fix: `Delete it, or add the English figure first: a translation translates what the English shows` });
    }
    if (problems.length > 0) fail();
    const translated = deck as AnyDeck;
    if (translated.translation?.of !== 'en') problems.push({ where: relative(root, moduleFile), field: 'translation', message: 'does not say which English it was translated from', fix: 'Build the deck with translateDeck() (slides/es/define.ts)' });
    problems.push(...(await fileNameProblems(importer, dir, root, folder, translated)));
    if (english.handout) problems.push(...handoutProblems(english.handout, translated).map((p) => ({ ...p, where: `${p.where} (${lang})` })));
    const reviewFile = join(dir, 'translation-review.ts');
    const review = existsSync(reviewFile) ? (((await importer(reviewFile)).default as TranslationReview | null | undefined) ?? null) : null;
    if (review !== null && !isObject(review)) problems.push({ where: relative(root, reviewFile), field: 'default export', message: 'is not a translation review record', fix: 'Record it with `npm run review -- --translation es …`, or export null' });
    if (problems.length > 0) fail();

    const hashes = contentHashes(translated, figures);
    const status = translationStatus(review, { contentHash: contentHash(hashes), hashes, sourceHash: englishHash });
    const stale = staleParts(current, translated.translation?.from ?? {});
    const assets: AssetMap = new Map([...figures].map(([name, text]) => [name, name.endsWith('.svg') ? { kind: 'svg' as const, markup: text } : { kind: 'url' as const, url: `figures/${name}` }]));
    out.push({
      lang,
      dir,
      review,
      translation: { clinical, status, stale },
      input: { deck: translated, local: english.local, review: null, handout: english.handout, figures, figureText, today: english.today, assets, figuresDir: join(dir, 'figures'), files: [moduleFile, ...(existsSync(reviewFile) ? [reviewFile] : [])], translations: [] },
    });
  }
  return out;
}

/** Each translated slide module is named after the slide it holds (slides/es/<id>.ts), like the English ones. */
async function fileNameProblems(importer: Importer, dir: string, root: string, folder: string, deck: AnyDeck): Promise<DeckProblem[]> {
  const problems: DeckProblem[] = [];
  const ids = new Set(deck.slides.map((s) => s.id));
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts') && !NON_SLIDE_MODULES.has(n)).sort()) {
    const exported = ((await importer(join(dir, name)).catch(() => ({}))) as Record<string, unknown>).default as { slide?: { id?: unknown } } | undefined;
    const id = exported?.slide?.id;
    if (typeof id !== 'string') continue;
    const expected = basename(name, '.ts');
    if (id !== expected) problems.push({ where: relative(root, join(dir, name)), field: 'id', message: `holds the slide "${id}", but the file is named ${name}`, fix: `Rename the file to slides/${folder}${id}.ts` });
    else if (!ids.has(id)) problems.push({ where: relative(root, join(dir, name)), field: 'id', message: `holds the slide "${id}", which the English deck does not list`, fix: 'Delete the file, or add the slide to slides/index.ts first' });
  }
  return problems;
}
