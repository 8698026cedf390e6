// The translation's strings for a translation team, and back: `npm run review -- --export es`
// writes every translatable string of every translated slide to a PO file (gettext, which every
// translation tool opens: Poedit, Weblate, memoQ, Trados, Crowdin), each with the English beside
// it, where it is (msgctxt "slide-id body[0].text[2]"), the whole English text it is part of,
// and what it rests on. `--import es FILE` reads a reviewed file back: every string must be
// there, for the English as it is now, translated, with the numbers its English writes and not
// left in English (the same translation-* rules `npm run check` runs, on the deck as it would be),
// before any file is written. Then each changed string is written into its module in place (the
// string literal at that path of the translate() call), and nothing else of the module changes.
//
// Hand-written on purpose: the walk over a slide and its placing back in the TypeScript source
// are specific to this deck's translate() modules; the PO reading and writing is gettext-parser's,
// and the source positions come from the TypeScript compiler's own parser.

import { franc } from 'franc-min';
import { po, type PoEntry, type PoFile } from 'gettext-parser';
import ts from 'typescript';
import { readDeck } from '../check/reading.ts';
import { RULES } from '../check/rules/index.ts';
import type { CompiledDeck } from '../model/compiled.ts';
import type { DeckProblem } from '../model/errors.ts';
import { LOCALES, type Lang } from '../model/locales.ts';
import { LOCKED_FIELDS } from '../model/translation.ts';
import type { AnyDeck, AnySlide } from '../model/types.ts';

/** One translatable string: where it is, its English, its translation now, and a note for the translator. */
export interface ExchangeUnit {
  /** `slide-id body[0].text[2]`: the PO entry's msgctxt. */
  readonly context: string;
  readonly slide: string;
  /** The path inside the slide (`body[0].text[2]`). */
  readonly path: readonly (string | number)[];
  readonly source: string;
  readonly target: string;
  readonly note: string;
}

const LOCKED = new Set<string>(LOCKED_FIELDS);

export const pathText = (path: readonly (string | number)[]): string =>
  path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');

/** A text with its runs shown as the translator needs to see them: [term], {number}, [citation]. */
function shown(value: unknown, deck: AnyDeck): string {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) return '';
  return value
    .map((r: unknown) => {
      if (typeof r === 'string') return r;
      const o = r as Record<string, unknown>;
      if ('num' in o) return `{${String(o.num)}}`;
      if ('cite' in o) return '[citation]';
      if ('term' in o) return `[${typeof o.text === 'string' ? o.text : (deck.glossary[o.term as string]?.term ?? String(o.term))}]`;
      if ('em' in o) return String(o.em);
      if ('strong' in o) return String(o.strong);
      return '';
    })
    .join('');
}

/** Every translatable string of each translated slide, paired with its English by path. */
export function exchangeUnits(english: AnyDeck, translated: AnyDeck): ExchangeUnit[] {
  const en = new Map(english.slides.map((s) => [s.id, s]));
  const units: ExchangeUnit[] = [];
  for (const slide of translated.slides) {
    const source = en.get(slide.id);
    if (!source) continue;
    const isRun = (x: unknown) => typeof x === 'object' && x !== null && ['term', 'num', 'cite', 'em', 'strong'].some((k) => k in x);
    const walk = (e: unknown, t: unknown, path: (string | number)[], whole: { en: string; of: number } | undefined, english_?: string) => {
      if (typeof t === 'string') {
        const eng = typeof e === 'string' ? e : (english_ ?? '');
        const part = whole ? `Part ${Number(path[path.length - 1]) + 1} of ${whole.of} of the English: ${whole.en}` : '';
        const term = typeof e !== 'string' && english_ !== undefined ? `The glossary term "${english_}" as this sentence says it.` : '';
        units.push({ context: `${slide.id} ${pathText(path)}`, slide: slide.id, path, source: eng, target: t, note: [part, term].filter(Boolean).join('\n') });
        return;
      }
      if (Array.isArray(t)) {
        const asText = Array.isArray(e) && e.some(isRun) ? { en: shown(e, english), of: t.length } : undefined;
        t.forEach((x, i) => walk(Array.isArray(e) ? e[i] : undefined, x, [...path, i], asText));
        return;
      }
      if (typeof t === 'object' && t !== null) {
        const eo = typeof e === 'object' && e !== null ? (e as Record<string, unknown>) : {};
        for (const [key, value] of Object.entries(t)) {
          if (LOCKED.has(key)) continue;
          // A term's own word: the English may use the glossary's (no `text`), the translation inflects it.
          const termWord = key === 'text' && 'term' in t && eo.text === undefined ? (english.glossary[(t as { term: string }).term]?.term ?? '') : undefined;
          walk(eo[key], value, [...path, key], undefined, termWord);
        }
      }
    };
    walk(source, slide, [], undefined);
  }
  return units.filter((u) => u.path.length > 0 && u.path[0] !== 'id');
}

/** The PO file of a translation: one entry per string, the English as msgid, the translation as msgstr. */
export function exportPo(units: readonly ExchangeUnit[], lang: Lang, englishHash: string): Buffer {
  const entries: Record<string, Record<string, PoEntry>> = {};
  for (const u of units) {
    (entries[u.context] ??= {})[u.source] = {
      msgctxt: u.context,
      msgid: u.source,
      msgstr: [u.target],
      comments: { reference: `slides/${LOCALES[lang].folder}${u.slide}.ts`, extracted: u.note },
    };
  }
  const file: PoFile = {
    charset: 'utf-8',
    headers: {
      'Content-Type': 'text/plain; charset=UTF-8',
      Language: LOCALES[lang].tag,
      'Project-Id-Version': `tmem-study-deck (English ${englishHash.slice(0, 12)})`,
      'X-Source-Language': 'en-US',
      'X-Import': `npm run review -- --import ${lang} FILE.po`,
    },
    translations: entries,
  };
  return po.compile(file, { foldLength: 0 });
}

/** A reviewed PO file read back: the new translation of each unit, or the problems, located in the file. */
export function readPo(bytes: Buffer, units: readonly ExchangeUnit[], file: string, lang: Lang): { changes: Map<string, string>; problems: DeckProblem[] } {
  const problems: DeckProblem[] = [];
  let parsed: PoFile;
  try {
    parsed = po.parse(bytes);
  } catch (error) {
    return { changes: new Map(), problems: [{ where: file, field: '(file)', message: `is not a PO file: ${(error as Error).message}`, fix: 'Give the .po file that `npm run review -- --export es` wrote, as the translation tool saved it' }] };
  }
  // gettext-parser reads some broken files without throwing: no header and no entries is not a PO file.
  if (!parsed?.headers || !parsed.translations || Object.keys(parsed.translations).filter((c) => c !== '').length === 0) {
    return { changes: new Map(), problems: [{ where: file, field: '(file)', message: 'is not a PO file with the deck\'s strings in it (no header, or no entries)', fix: 'Give the .po file that `npm run review -- --export es` wrote, as the translation tool saved it' }] };
  }
  const language = parsed.headers.Language ?? parsed.headers.language;
  if (language && language.toLowerCase() !== LOCALES[lang].tag.toLowerCase() && language.toLowerCase() !== lang) {
    problems.push({ where: file, field: 'Language', message: `is "${language}", not ${LOCALES[lang].tag}`, fix: `Import the ${LOCALES[lang].name} file, or give the language it is: --import <lang>` });
  }
  const byContext = new Map<string, PoEntry>();
  for (const [context, group] of Object.entries(parsed.translations)) for (const entry of Object.values(group)) if (entry.msgid !== '' || context !== '') byContext.set(context, entry);
  const known = new Set(units.map((u) => u.context));
  for (const context of byContext.keys()) {
    if (!known.has(context)) problems.push({ where: `${file}: msgctxt "${context}"`, field: 'msgctxt', message: 'is not a string of the deck as it is now (the English changed since the file was exported, or the entry was renamed)', fix: 'Export again (npm run review -- --export es) and carry the reviewed wording over' });
  }
  const changes = new Map<string, string>();
  for (const u of units) {
    const entry = byContext.get(u.context);
    const at = `${file}: msgctxt "${u.context}"`;
    if (!entry) {
      problems.push({ where: at, field: 'msgctxt', message: 'is missing from the file', fix: 'Every string comes back, reviewed or not: export again and keep every entry' });
      continue;
    }
    if (entry.msgid !== u.source) {
      problems.push({ where: at, field: 'msgid', message: `is "${entry.msgid}", but the English now says "${u.source}"`, fix: 'The English changed since the file was exported: export again, and have the change translated' });
      continue;
    }
    const target = entry.msgstr[0] ?? '';
    if (target.trim() === '' && u.target.trim() !== '') {
      problems.push({ where: at, field: 'msgstr', message: 'is empty', fix: `Give the ${LOCALES[lang].name} for "${u.source}"` });
      continue;
    }
    if (entry.comments?.flag?.split(/[,\s]+/).includes('fuzzy')) {
      problems.push({ where: at, field: 'flag', message: 'is marked fuzzy (not yet confirmed)', fix: 'Confirm the translation in the translation tool (which removes the fuzzy mark), then export the file again' });
      continue;
    }
    // A piece of a sentence can be left in English where the whole still reads as Spanish: each
    // string is read on its own (the deck's rule reads whole texts).
    if (target !== u.target && target === u.source && /\p{L}{4,}/u.test(target)) {
      problems.push({ where: at, field: 'msgstr', message: `is the English, untranslated: "${target}"`, fix: `Translate it into ${LOCALES[lang].name}; a name may stay, but not the words around it` });
      continue;
    }
    if (target !== u.target && target.replace(/[^\p{L}]/gu, '').length >= 12 && franc(target, { only: ['spa', 'eng'], minLength: 10 }) === 'eng') {
      problems.push({ where: at, field: 'msgstr', message: `reads as English: "${target}"`, fix: `Translate it into ${LOCALES[lang].name}` });
      continue;
    }
    if (target !== u.target) changes.set(u.context, target);
  }
  return { changes, problems };
}

/** The translated deck with the changed strings in it (a copy; the deck is not changed). */
export function withChanges(translated: AnyDeck, units: readonly ExchangeUnit[], changes: ReadonlyMap<string, string>): AnyDeck {
  const copy = structuredClone(translated) as { slides: AnySlide[] } & AnyDeck;
  for (const u of units) {
    const value = changes.get(u.context);
    if (value === undefined) continue;
    let node: Record<string | number, unknown> = copy.slides.find((s) => s.id === u.slide) as unknown as Record<string, unknown>;
    for (const k of u.path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
    node[u.path[u.path.length - 1]!] = value;
  }
  return copy;
}

/**
 * What npm run check would say of the deck as the import would make it: the translation rules
 * (numbers written as the English writes them, nothing left in English) and every other error
 * rule (the honesty rules read Spanish too), for the slides the import changes.
 */
export function importProblems(imported: AnyDeck, english: AnyDeck, compile: (deck: AnyDeck) => CompiledDeck, changed: ReadonlySet<string>, file: string, lang: Lang): DeckProblem[] {
  const reading = readDeck(imported, compile(imported), english);
  const folder = LOCALES[lang].folder;
  return RULES.filter((rule) => rule.severity === 'error').flatMap((rule) =>
    rule
      .check(reading)
      .filter((f) => changed.has(f.slide.startsWith(folder) ? f.slide.slice(folder.length) : f.slide))
      .map((f) => {
        const id = f.slide.startsWith(folder) ? f.slide.slice(folder.length) : f.slide;
        return { where: `${file} → slides/${folder}${id}.ts`, field: rule.id, message: f.message, fix: f.fix };
      }),
  );
}

/**
 * The module's source with the string at each path replaced: the second argument of its
 * translate() call is walked by path, and only that string literal's characters change.
 */
export function placeInSource(text: string, fileName: string, edits: readonly { path: readonly (string | number)[]; value: string }[]): { text: string; problems: DeckProblem[] } {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  let root: ts.Expression | undefined;
  const find = (node: ts.Node): void => {
    if (root) return;
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'translate' && node.arguments.length >= 2) root = node.arguments[1];
    else ts.forEachChild(node, find);
  };
  find(sf);
  const problems: DeckProblem[] = [];
  const spans: { start: number; end: number; value: string }[] = [];
  for (const edit of edits) {
    let node: ts.Node | undefined = root;
    for (const key of edit.path) {
      if (!node) break;
      if (typeof key === 'number') node = ts.isArrayLiteralExpression(node) ? node.elements[key] : undefined;
      else if (ts.isObjectLiteralExpression(node)) {
        const prop = node.properties.find((p) => ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === key);
        node = prop && ts.isPropertyAssignment(prop) ? prop.initializer : undefined;
      } else node = undefined;
    }
    if (!node || !(ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) {
      problems.push({ where: fileName, field: pathText(edit.path), message: 'is not written as a plain string there, so the import cannot place the new wording', fix: `Change it by hand to: ${edit.value}` });
      continue;
    }
    spans.push({ start: node.getStart(sf), end: node.getEnd(), value: edit.value });
  }
  let out = text;
  for (const s of spans.sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + quote(s.value) + out.slice(s.end);
  return { text: out, problems };
}

/** A single-quoted TypeScript string literal, as the slide modules write them. */
const quote = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}'`;
