// Loading what the deck is made of, for every Node entry point (the build plugin, `npm run
// check`, `npm run review`, tests): the deck module (slides/index.ts), the clinic's details
// (slides/local.ts), the review record (slides/review.ts) and the figure files. Everything that
// stops a deck from being used becomes one DeckValidationError, each problem located:
// a module that does not parse (file and line), a file not saved as UTF-8, a slide whose file
// name is not its id, the schema and cross-references (src/model/validate.ts), local details
// and the review record (src/model/local-validate.ts).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { build, transform } from 'esbuild';
import { DeckValidationError, type DeckProblem } from '../model/errors.ts';
import { handoutProblems, type HandoutSpec } from '../model/handout-spec.ts';
import { localProblems, reviewProblems, talkDateProblems } from '../model/local-validate.ts';
import { localToday } from '../model/dates.ts';
import type { LocalDetails, ReviewRecord } from '../model/local.ts';
import type { AnyDeck } from '../model/types.ts';
import { deckProblems } from '../model/validate.ts';
import type { AssetMap } from '../render/context.ts';
import { firstInvalidByte } from './utf8.ts';
import { figuresIn } from './figure-files.ts';
import { loadTranslations, type TranslationInput } from './translations.ts';

/** Imports a module by absolute path (tsx's native import, or Vite's module runner). */
export type Importer = (path: string) => Promise<Record<string, unknown>>;

export interface DeckInputOptions {
  /** Project root (slides/ is under it). */
  readonly root: string;
  readonly importer: Importer;
  /** Deck module (default slides/index.ts); tests point it at fixtures. */
  readonly deckModule?: string;
  /** Default: slides/local.ts next to the deck module, if it exists. */
  readonly localModule?: string;
  /** Default: slides/review.ts next to the deck module, if it exists; NO_MODULE: none. */
  readonly reviewModule?: string;
  /** Default: slides/handout.ts next to the deck module, if it exists (the patient handout). */
  readonly handoutModule?: string;
  /** Folder of figure files (default: the deck module's `assets` export, else slides/figures/). */
  readonly figuresDir?: string;
  /** Load the real deck's translations too (default true; false: the English deck alone). */
  readonly translations?: boolean;
}

export interface DeckInput {
  readonly deck: AnyDeck;
  readonly local: LocalDetails;
  readonly review: ReviewRecord | null;
  /** slides/handout.ts (validated against the deck), or null when the deck has none. */
  readonly handout: HandoutSpec | null;
  /** Figure file name → its text (SVG) or '' (a raster image: only its name matters to the model). */
  readonly figures: ReadonlyMap<string, string>;
  /** The words drawn in each SVG figure (one string per <text>), checked like slide text. */
  readonly figureText: ReadonlyMap<string, readonly string[]>;
  /** Today on this machine's clock (local day): dates past due are warned about and shown as such. */
  readonly today: string;
  /** Figures for the renderer: SVG markup inline, raster images by URL (`figures/<name>`). */
  readonly assets: AssetMap;
  /** The folder the figure files were read from (absolute), or undefined for a deck that only names them. */
  readonly figuresDir?: string;
  /** The modules read, for watchers. */
  readonly files: readonly string[];
  /** The deck in its other languages (slides/es/…; src/load/translations.ts), for the real deck; none for fixture decks. */
  readonly translations: readonly TranslationInput[];
}

/** A module option meaning "none" (recording a review reads no old record). */
export const NO_MODULE = '';

/** Modules in slides/ that are not slides. */
const NON_SLIDE_MODULES = new Set(['index.ts', 'define.ts', 'sources.ts', 'glossary.ts', 'local.ts', 'review.ts', 'handout.ts']);


/** A slide file that is not UTF-8 would put U+FFFD in the deck: refuse it, naming the byte and its line. */
function encodingProblems(dir: string, root: string): DeckProblem[] {
  if (!existsSync(dir)) return [];
  const found: DeckProblem[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts') || n.endsWith('.svg')).sort()) {
    const bytes = readFileSync(join(dir, name));
    const at = firstInvalidByte(bytes);
    if (at < 0) continue;
    const before = bytes.subarray(0, at);
    const line = before.filter((b) => b === 0x0a).length + 1;
    const column = at - (before.lastIndexOf(0x0a) + 1) + 1;
    const byte = bytes[at]!;
    // In Latin-1 (and Windows-1252) a byte from 0xA0 up is one letter: name it.
    const letter = byte >= 0xa0 ? `, "${String.fromCharCode(byte)}" in Latin-1` : '';
    found.push({
      where: relative(root, join(dir, name)),
      field: `line ${line}`,
      message: `is not saved as UTF-8 (byte 0x${byte.toString(16).padStart(2, '0')}${letter}, at line ${line}, column ${column})`,
      fix: 'Save the file as UTF-8 in your editor ("Save with encoding" → UTF-8), then check accented letters and quote marks',
    });
  }
  return found;
}

/**
 * A key given twice in one object literal (two editions named `short`, two `title:` on a slide):
 * JavaScript keeps the last and drops the first without a word, and only the type check notices.
 * esbuild (tsx's compiler) finds them while it parses, so the loader asks it, without type-checking.
 */
async function duplicateKeyProblems(files: readonly string[], root: string): Promise<DeckProblem[]> {
  const found: DeckProblem[] = [];
  const results = await Promise.all(files.map((file) => transform(readFileSync(file, 'utf8'), { loader: 'ts', logLevel: 'silent', sourcefile: file }).then((r) => ({ file, warnings: r.warnings }), () => ({ file, warnings: [] }))));
  for (const { file, warnings } of results) {
    for (const w of warnings) {
      if (w.id !== 'duplicate-object-key' || !w.location) continue;
      const key = /"(.*)"/.exec(w.text)?.[1] ?? '?';
      const first = w.notes[0]?.location?.line;
      const where = relative(root, file);
      found.push({
        where: `${where}:${w.location.line}:${w.location.column + 1}`,
        field: key,
        message: `"${key}" is given twice in the same list${first ? ` (first at line ${first})` : ''}, so the first would be dropped without a word`,
        fix: `Give each its own name, or merge the two into one (open ${where} at line ${w.location.line})`,
      });
    }
  }
  return found;
}

/** The deck's TypeScript modules: every .ts in its folder and the folders under it (facts/, …). */
function moduleFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() && e.name !== 'figures' ? moduleFiles(join(dir, e.name)) : e.isFile() && e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

const stripAnsi = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '');

interface Located {
  readonly file: string;
  readonly line: number;
  /** 1-based, as editors count. */
  readonly column: number;
  readonly reason?: string;
}

/** Where a transform error says it happened: esbuild (tsx), oxc (Vite's module runner) or Rollup. */
function locate(error: unknown): Located | undefined {
  const e = error as { loc?: { file?: string; line?: number; column?: number }; id?: string; errors?: unknown[] } | null;
  // Vite/oxc: errors[].loc { file, line (1-based), column (0-based) } and a message whose first line is the reason.
  for (const inner of Array.isArray(e?.errors) ? e.errors : []) {
    const { loc, message } = inner as { loc?: { file?: string; line?: number; column?: number }; message?: string };
    if (loc?.file && loc.line) {
      const reason = stripAnsi(message ?? '').split('\n')[0]!.replace(/^\[[A-Z_]+\]\s*/, '').trim();
      return { file: loc.file, line: loc.line, column: (loc.column ?? 0) + 1, reason: reason || undefined };
    }
  }
  if (e?.loc?.file && e.loc.line) return { file: e.loc.file, line: e.loc.line, column: (e.loc.column ?? 0) + 1 };
  // Rolldown's parser (Vite's module runner: the dev server, tests in-process): "Parse failed with
  // 1 error:\n<reason>\n<code frame>\nAt file: <file>:7:7" (the file may be root-relative, "/slides/x.ts").
  const parsed = /Parse failed with \d+ errors?:\n(.+)\n[\s\S]*?\nAt file: (\S+?):(\d+):(\d+)\s*$/m.exec(stripAnsi(error instanceof Error ? error.message : String(error)));
  if (parsed) return { file: parsed[2]!, line: Number(parsed[3]), column: Number(parsed[4]), reason: parsed[1]!.trim() || undefined };
  // esbuild (tsx) puts it in the text only: "/abs/slides/x.ts:12:4: ERROR: Expected …" (column 0-based).
  const message = stripAnsi(error instanceof Error ? error.message : String(error));
  const match = /(?:^|\s)((?:\/|[A-Za-z]:\\)[^\s:]+\.ts):(\d+):(\d+):\s*(?:ERROR:\s*)?(.*)/m.exec(message);
  if (match) return { file: match[1]!, line: Number(match[2]), column: Number(match[3]) + 1, reason: match[4]!.trim() || undefined };
  return undefined;
}

/** What to do about a syntax error, for the mistakes people make most when they edit a slide or slides/local.ts. */
function syntaxFix(reason: string, file: string, line: number): string {
  // A word processor or phone turns ' and " into ‘ ’ “ ”: fine inside text, not around it.
  if (/[‘’“”]/.test(reason)) return `Open ${file} at line ${line} and put straight quotes (' or ") around the text: curly quotes ‘ ’ “ ” may be used inside text, but cannot start or end it`;
  // slides/local.ts's example uncommented beside the file's own `export default defineLocal({});`.
  if (/Multiple exports with the same name "default"|multiple default exports/i.test(reason)) return `${file} has two \`export default\` lines (one at line ${line}): keep the one with your details and delete the other, \`export default defineLocal({});\``;
  return `Open ${file} at line ${line} and fix the TypeScript there (a missing comma, quote or bracket is the usual cause)`;
}

/** "slides/x.ts:12:5 › syntax: Expected "}" …" from whatever the importer threw, if it says where. */
function locatedLoadError(error: unknown, root: string, module: string): DeckProblem {
  const message = stripAnsi(error instanceof Error ? error.message : String(error));
  const found = locate(error);
  const reason =
    found?.reason ??
    message
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l && !/^Transform failed|^Build failed|^\s*at /.test(l)) ??
    message;
  if (found) {
    // A root-relative path ("/slides/local.ts", as Vite names a module) is under the project, or
    // under the folder Vite was started in (a test running a project copy in-process).
    const candidates = [found.file, join(root, found.file), join(process.cwd(), found.file)];
    const file = relative(root, candidates.find((f) => existsSync(f)) ?? found.file);
    return { where: `${file}:${found.line}:${found.column}`, field: 'syntax', message: reason.replace(/\.$/, ''), fix: syntaxFix(reason, file, found.line) };
  }
  return { where: relative(root, module), field: '(module)', message: `failed to load: ${reason.replace(/\.$/, '')}`, fix: 'Fix the error in that module (run `npx tsc --noEmit` for the exact place)' };
}

/**
 * The import cycles among the deck's modules (each as [a, b, …, a], absolute paths), from
 * esbuild's graph of what imports what (its metafile): tsx and Vite say only that the deck module
 * failed, while a cycle is made by the modules in it.
 */
async function importCycles(entry: string, root: string): Promise<string[][]> {
  const result = await build({ entryPoints: [entry], bundle: true, write: false, metafile: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'silent', absWorkingDir: root }).catch(() => undefined);
  if (!result?.metafile) return [];
  const graph = new Map(Object.entries(result.metafile.inputs).map(([file, input]) => [resolve(root, file), input.imports.filter((i) => !i.external).map((i) => resolve(root, i.path))]));
  const cycles: string[][] = [];
  const done = new Set<string>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      const at = stack.indexOf(next);
      if (at >= 0) cycles.push([...stack.slice(at), next]);
      else if (!done.has(next)) visit(next);
    }
    stack.pop();
    done.add(file);
  };
  visit(resolve(entry));
  return cycles;
}

/**
 * A deck module that failed while it ran, because two modules import each other: one of them
 * ran before the other was ready. Named by the two modules (the one that failed first), not by
 * slides/index.ts, which only started it.
 */
async function cycleProblem(error: unknown, deckModule: string, root: string): Promise<DeckProblem | undefined> {
  const cycles = await importCycles(deckModule, root);
  if (cycles.length === 0) return undefined;
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  // The first module of the deck's folder named in the stack is the one that ran too early.
  const thrower = [...stack.matchAll(/(?:file:\/\/)?((?:\/|[A-Za-z]:\\)[^\s:()]+\.ts):(\d+)/g)].map((m) => ({ file: resolve(m[1]!), line: Number(m[2]) })).find((f) => cycles.some((c) => c.includes(f.file)));
  const cycle = cycles.find((c) => thrower && c.includes(thrower.file)) ?? cycles[0]!;
  const from = thrower?.file ?? cycle[cycle.length - 2]!;
  const at = cycle.indexOf(from);
  // The module it imports in the cycle (the one that was not ready yet).
  const to = cycle[at + 1] ?? cycle[1]!;
  const name = (f: string) => relative(root, f).split(sep).join('/');
  const reason = (stripAnsi(error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '').replace(/\.$/, '');
  const path = cycle.map(name).join(' → ');
  return {
    where: thrower ? `${name(from)}:${thrower.line}` : name(from),
    field: 'import',
    message: `${name(from)} and ${name(to)} import each other (${path}), so ${name(from)} ran before ${name(to)} was ready${reason ? `: ${reason}` : ''}`,
    fix: `Take the import of ${name(to)} out of ${name(from)}${to === resolve(deckModule) ? '' : ' (or the other way round)'}: a slide module may import define.ts, glossary.ts, sources.ts and facts/, never another slide or ${name(deckModule)}. Put what both need in a module of its own`,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

async function importOr(importer: Importer, path: string, root: string, problems: DeckProblem[]): Promise<Record<string, unknown> | undefined> {
  try {
    return await importer(path);
  } catch (error) {
    problems.push(locatedLoadError(error, root, path));
    return undefined;
  }
}

/**
 * Loads and validates everything. Throws DeckValidationError listing every problem found
 * (nothing is returned half-checked).
 */
export async function loadDeckInput(options: DeckInputOptions): Promise<DeckInput> {
  const root = resolve(options.root);
  const deckModule = resolve(root, options.deckModule ?? 'slides/index.ts');
  const slidesDir = resolve(deckModule, '..');
  const isRealDeck = deckModule === resolve(root, 'slides/index.ts');
  const problems: DeckProblem[] = [];
  const fail = (): never => {
    throw new DeckValidationError(problems);
  };

  if (!existsSync(deckModule)) {
    problems.push({ where: relative(root, deckModule), field: '(module)', message: 'does not exist', fix: 'Check the path of the deck module' });
    fail();
  }
  // Encoding first: a Latin-1 file imports fine and shows U+FFFD on a slide.
  problems.push(...encodingProblems(slidesDir, root), ...(isRealDeck ? encodingProblems(join(slidesDir, 'figures'), root) : []));
  if (problems.length > 0) fail();
  // Started now, read after the modules are imported: esbuild works beside the import.
  const duplicates = duplicateKeyProblems(isRealDeck ? moduleFiles(slidesDir) : [deckModule], root);

  const module = await options.importer(deckModule).catch(async (error: unknown) => {
    // A module that parsed but failed while it ran may be one of two modules importing each other.
    problems.push((locate(error) ? undefined : await cycleProblem(error, deckModule, root)) ?? locatedLoadError(error, root, deckModule));
    return undefined;
  });
  const localPath = options.localModule ?? (isRealDeck ? join(slidesDir, 'local.ts') : undefined);
  const reviewPath = options.reviewModule ?? (isRealDeck ? join(slidesDir, 'review.ts') : undefined);
  const handoutPath = options.handoutModule ?? (isRealDeck ? join(slidesDir, 'handout.ts') : undefined);
  const localModule = localPath && existsSync(localPath) ? await importOr(options.importer, localPath, root, problems) : {};
  const reviewModule = reviewPath && existsSync(reviewPath) ? await importOr(options.importer, reviewPath, root, problems) : {};
  const handoutModule = handoutPath && existsSync(handoutPath) ? await importOr(options.importer, handoutPath, root, problems) : {};
  problems.push(...(await duplicates));
  if (!module || !localModule || !reviewModule || !handoutModule || problems.length > 0) fail();

  const deckFile = relative(root, deckModule);
  const deck = module!.default;
  if (!isObject(deck)) {
    problems.push({ where: deckFile, field: 'default export', message: 'is missing', fix: 'End the module with `export default deck`' });
    fail();
  }
  const d = deck as Record<string, unknown>;
  for (const registry of ['sources', 'glossary'] as const) {
    if (!isObject(d[registry])) problems.push({ where: deckFile, field: registry, message: 'is missing', fix: `Import it from slides/${registry}.ts and set it on the deck` });
  }
  if (Array.isArray(d.slides) && d.slides.length === 0) {
    problems.push({ where: deckFile, field: 'slides', message: 'lists no slides', fix: 'List the slides in order: the title slide first, then the caveats slide, then the rest' });
  }
  if (problems.length > 0) fail();

  if (options.figuresDir !== undefined && !existsSync(resolve(root, options.figuresDir))) {
    problems.push({ where: figuresShown(root, options.figuresDir), field: '(folder)', message: 'does not exist', fix: 'Give the folder that holds the figure files' });
    fail();
  }
  // Fixture decks may name figures without files (text ''): nothing to inspect there.
  const own = options.figuresDir === undefined ? moduleFigures(module!) : undefined;
  const figuresDir = own ? undefined : options.figuresDir !== undefined ? resolve(root, options.figuresDir) : join(slidesDir, 'figures');
  const read = figuresDir === undefined ? { figures: own!, text: new Map<string, readonly string[]>(), problems: [] } : figuresIn(figuresDir, root);
  const { figures, text: figureText } = read;
  problems.push(...(await duplicateIdFiles(deckProblems(deck, { assets: new Set(figures.keys()), talkOrder: isRealDeck, ...(options.figuresDir !== undefined ? { figuresFolder: figuresShown(root, options.figuresDir) } : {}) }), isRealDeck, options.importer, slidesDir, root)), ...read.problems);
  if (isRealDeck && problems.length === 0) problems.push(...(await fileNameProblems(options.importer, slidesDir, root, deck as unknown as AnyDeck)));
  const local = (localModule as Record<string, unknown>).default ?? {};
  const review = (reviewModule as Record<string, unknown>).default ?? null;
  const localFound = localProblems(local);
  problems.push(...localFound, ...reviewProblems(review));
  if (localFound.length === 0 && problems.length === 0) problems.push(...talkDateProblems(local as LocalDetails, (deck as unknown as AnyDeck).meta.date));
  // The handout points into the deck: checked once the deck itself is sound.
  const handout = (handoutModule as Record<string, unknown>).default ?? null;
  if (problems.length === 0 && handout !== null) problems.push(...handoutProblems(handout, deck as unknown as AnyDeck).map((p) => ({ ...p, where: relative(root, handoutPath!) })));
  if (problems.length > 0) fail();

  const assets: AssetMap = new Map(
    [...figures].map(([name, text]) => [name, name.endsWith('.svg') ? { kind: 'svg' as const, markup: text } : { kind: 'url' as const, url: `figures/${name}` }]),
  );
  const files = [deckModule, localPath, reviewPath, handoutPath].filter((f): f is string => f !== undefined && existsSync(f));
  const input: DeckInput = { deck: deck as unknown as AnyDeck, local: local as LocalDetails, review: review as ReviewRecord | null, handout: handout as HandoutSpec | null, figures, figureText, today: localToday(), assets, ...(figuresDir ? { figuresDir } : {}), files, translations: [] };
  // The real deck's translations (slides/es/…), checked against it; fixture decks have none.
  if (!isRealDeck || options.translations === false) return input;
  const translations = await loadTranslations(input, { root, slidesDir, importer: options.importer });
  return { ...input, translations, files: [...files, ...translations.flatMap((t) => t.input.files)] };
}

/** Fixture decks may export the names of their figures (`export const assets = new Set([...])`). */
function moduleFigures(module: Record<string, unknown>): Map<string, string> | undefined {
  const own = module.assets;
  if (!(own instanceof Set) && !Array.isArray(own)) return undefined;
  return new Map([...own].map((name) => [String(name), '']));
}

/**
 * Two slides with one id (a slide file copied and not renamed inside): validation knows only the
 * id, so it would name the original's file. Here the files are read to name every one that holds
 * it, and the copy (the file not named after the id) as the one to change.
 */
async function duplicateIdFiles(problems: readonly DeckProblem[], isRealDeck: boolean, importer: Importer, dir: string, root: string): Promise<readonly DeckProblem[]> {
  const duplicate = (p: DeckProblem) => p.field === 'id' && p.where.startsWith('slide ') && /^is used by \d+ slides/.test(p.message);
  if (!isRealDeck || !problems.some(duplicate)) return problems;
  const holders = new Map<string, string[]>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts') && !NON_SLIDE_MODULES.has(n)).sort()) {
    const exported = (await importer(join(dir, name)).catch(() => ({}))) as Record<string, unknown>;
    const id = (exported.default as { id?: unknown } | undefined)?.id;
    if (typeof id === 'string') holders.set(id, [...(holders.get(id) ?? []), name]);
  }
  const list = relative(root, join(dir, 'index.ts'));
  return problems.map((p) => {
    if (!duplicate(p)) return p;
    const id = p.where.slice('slide '.length);
    const at = /\(positions ([\d, ]+)\)/.exec(p.message)?.[1] ?? '';
    const files = (holders.get(id) ?? []).map((n) => relative(root, join(dir, n)));
    if (files.length === 1) return { where: list, field: 'slides', message: `lists ${files[0]} (the slide "${id}") more than once, at positions ${at}`, fix: `Keep it once in the slides list of ${list}` };
    if (files.length < 2) return p;
    const copy = files.find((f) => basename(f, '.ts') !== id) ?? files[1]!;
    const others = files.filter((f) => f !== copy);
    return {
      where: copy,
      field: 'id',
      message: `is "${id}", the id of the slide in ${others.join(' and ')} too (positions ${at} in ${list}), so links, notes and the review would mix the two up`,
      fix: `Give the slide in ${copy} its own id, the same as its file name: id: '${basename(copy, '.ts')}'`,
    };
  });
}

/**
 * Each slide module in slides/ is named after the slide it holds (slides/<id>.ts): messages,
 * review records and editors all find a slide by its id. A module whose default export is a
 * slide with another id must be renamed (or the id changed).
 */
async function fileNameProblems(importer: Importer, dir: string, root: string, deck: AnyDeck): Promise<DeckProblem[]> {
  const problems: DeckProblem[] = [];
  const ids = new Set(deck.slides.map((s) => s.id));
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts') && !NON_SLIDE_MODULES.has(n)).sort()) {
    const file = relative(root, join(dir, name));
    const exported = (await importer(join(dir, name)).catch(() => ({}))) as Record<string, unknown>;
    const slide = exported.default as { id?: unknown; kind?: unknown } | undefined;
    if (!isObject(slide) || typeof slide.id !== 'string' || typeof slide.kind !== 'string') continue;
    const expected = basename(name, '.ts');
    if (slide.id !== expected) {
      problems.push({
        where: file,
        field: 'id',
        message: `holds the slide "${slide.id}", but the file is named ${name}`,
        fix: `Rename the file to slides/${slide.id}.ts (and its import in slides/index.ts), or set id: '${expected}'`,
      });
    } else if (!ids.has(slide.id)) {
      problems.push({ where: file, field: 'id', message: `holds the slide "${slide.id}", which slides/index.ts does not list`, fix: 'Add it to the slides list in slides/index.ts, or delete the file' });
    }
  }
  return problems;
}

/**
 * A --figures folder as a person reads it (issue 23: `--figures /tmp/figs` was shown as
 * ../../../tmp/figs): inside the project, from the project; outside it, its absolute path.
 */
function figuresShown(root: string, given: string): string {
  const full = resolve(root, given);
  const fromRoot = relative(root, full);
  return fromRoot === '' ? '.' : fromRoot.startsWith('..') || isAbsolute(fromRoot) ? full : fromRoot;
}
