// `npm run review` for a translation (see review.ts for the clinical review):
//   npm run review -- --translated es                 list what needs updating (English changed since translated)
//   npm run review -- --translated es large-trials meta   mark those parts as brought up to date with the English
//   npm run review -- --translated es --all           mark every part
//   npm run review -- --translation es --translator "NAME" --qualification "…" --clinician "NAME" --clinician-role "…"
//        --machine-translation yes|no [--mt-tool "…"] --back-translated caveats,numbers [--back-translator "NAME"]
//        --debriefed N [--date YYYY-MM-DD]              record the translation review (slides/es/translation-review.ts)
//   npm run review -- --translation es --clear        remove it
//   npm run review -- --export es [--out FILE.po]     the strings for a translation team (PO; default out/translation-es.po)
//   npm run review -- --import es FILE.po             a reviewed file back, through the same parity checks, into slides/es/

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { UsageError } from '../../exit/cli-error.ts';
import { EXIT } from '../../exit/exit-codes.ts';
import { compileLoaded, loadDeck, loadDeckFrom, PROJECT_ROOT } from '../../load/load-deck.ts';
import { DeckValidationError } from '../../model/errors.ts';
import { deckProblems } from '../../model/validate.ts';
import { assertWritableFile } from '../../output/output-path.ts';
import { exchangeUnits, exportPo, importProblems, placeInSource, readPo, withChanges } from '../../review/translation-exchange.ts';
import type { TranslationInput } from '../../load/translations.ts';
import { compileDeck, contentHashes } from '../../model/compile.ts';
import type { AnyDeck } from '../../model/types.ts';
import { isIsoDate, longDate } from '../../model/dates.ts';
import { contentHash } from '../../model/hash.ts';
import { isLang, LOCALES, SOURCE_LANG, type Lang } from '../../model/locales.ts';
import { TRANSLATION_PARTS, translatableHashes, translatedSlideModule, type TranslationReview } from '../../model/translation.ts';
import { AtomicFile } from '../../output/atomic-file.ts';
import { translationReviewModule, withPartHash, withSlideHash } from '../../review/translation-record.ts';
import type { CommandIo } from '../command.ts';

export interface TranslationArgs {
  readonly translated?: string;
  readonly translation?: string;
  readonly all?: boolean;
  readonly clear?: boolean;
  readonly translator?: string;
  readonly qualification?: string;
  readonly clinician?: string;
  readonly 'clinician-role'?: string;
  readonly 'machine-translation'?: string;
  readonly 'mt-tool'?: string;
  readonly 'back-translated'?: string;
  readonly 'back-translator'?: string;
  readonly debriefed?: string;
  readonly date?: string;
  readonly export?: string;
  readonly import?: string;
  readonly out?: string;
}

const today = (): string => new Date().toISOString().slice(0, 10);

function langArg(value: string, option: string): Exclude<Lang, typeof SOURCE_LANG> {
  if (!isLang(value) || value === SOURCE_LANG) throw new UsageError(`--${option} takes a translation's language (${Object.keys(LOCALES).filter((l) => l !== SOURCE_LANG).join(', ')}), not "${value}".`);
  return value;
}

async function loaded(lang: Lang): Promise<{ english: Awaited<ReturnType<typeof loadDeck>>; translation: TranslationInput }> {
  const english = await loadDeck();
  const translation = english.translations.find((t) => t.lang === lang);
  if (!translation) throw new UsageError(`The deck has no ${lang} translation (slides/${LOCALES[lang].folder}index.ts).`);
  return { english, translation };
}

/** The part names a person types: a slide id, or meta, glossary, sources. */
const partOf = (name: string): string => (name in TRANSLATION_PARTS ? TRANSLATION_PARTS[name as keyof typeof TRANSLATION_PARTS] : translatedSlideModule(name));
const nameOf = (part: string): string => (Object.entries(TRANSLATION_PARTS).find(([, p]) => p === part)?.[0] ?? part.replace(/^slides\/|\.ts$/g, ''));

export async function translationCommand(values: TranslationArgs, positionals: readonly string[], io: CommandIo): Promise<number> {
  if (values.export !== undefined) return exportStrings(langArg(values.export, 'export'), values, io);
  if (values.import !== undefined) return importStrings(langArg(values.import, 'import'), positionals, io);
  if (values.translated !== undefined) return markTranslated(langArg(values.translated, 'translated'), values, positionals, io);
  return recordTranslationReview(langArg(values.translation ?? '', 'translation'), values, io);
}

async function markTranslated(lang: Exclude<Lang, 'en'>, values: TranslationArgs, names: readonly string[], io: CommandIo): Promise<number> {
  const { english, translation } = await loaded(lang);
  const stale = translation.translation.stale;
  if (!values.all && names.length === 0) {
    if (stale.length === 0) io.stdout.write(`The ${lang} translation is up to date with the English.\n`);
    else io.stdout.write(`The English changed since it was translated into ${lang}; these need updating:\n${stale.map((p) => `  ${nameOf(p)}  (${p} → slides/${LOCALES[lang].folder}${p.replace(/^slides\//, '')})`).join('\n')}\nUpdate them, then mark them: npm run review -- --translated ${lang} ${stale.map(nameOf).join(' ')}\n`);
    return EXIT.ok;
  }
  const current = translatableHashes(english.deck, contentHashes(english.deck, english.figures));
  const parts = values.all ? Object.keys(current) : names.map(partOf);
  const unknown = parts.filter((p) => !(p in current));
  if (unknown.length > 0) throw new UsageError(`Not a part of the deck: ${unknown.map(nameOf).join(', ')}. Give slide ids, or meta, glossary, sources.`);
  const folder = join(PROJECT_ROOT, 'slides', LOCALES[lang].folder);
  const index = join(folder, 'index.ts');
  let indexText = readFileSync(index, 'utf8');
  const writes: { file: string; text: string }[] = [];
  for (const part of parts) {
    const key = Object.entries(TRANSLATION_PARTS).find(([, p]) => p === part)?.[0] as keyof typeof TRANSLATION_PARTS | undefined;
    if (key) indexText = withPartHash(indexText, key, current[part]!, relative(PROJECT_ROOT, index));
    else {
      const file = join(folder, part.replace(/^slides\//, ''));
      writes.push({ file, text: withSlideHash(readFileSync(file, 'utf8'), current[part]!, relative(PROJECT_ROOT, file)) });
    }
  }
  writes.push({ file: index, text: indexText });
  for (const w of writes) await new AtomicFile(w.file).commit(Buffer.from(w.text));
  io.stderr.write(`[review] marked ${parts.length} part${parts.length === 1 ? '' : 's'} of the ${lang} translation as translated from the English as it is now.\n`);
  return EXIT.ok;
}

async function recordTranslationReview(lang: Exclude<Lang, 'en'>, values: TranslationArgs, io: CommandIo): Promise<number> {
  const file = join(PROJECT_ROOT, 'slides', LOCALES[lang].folder, 'translation-review.ts');
  if (values.clear) {
    await new AtomicFile(file).commit(Buffer.from(translationReviewModule(lang, null)));
    io.stderr.write(`[review] cleared: the ${lang} edition now says its translation has not been reviewed.\n`);
    return EXIT.ok;
  }
  const need = (name: keyof TranslationArgs, what: string): string => {
    const v = (values[name] as string | undefined)?.trim();
    if (!v) throw new UsageError(`Give --${name} (${what}).`);
    return v;
  };
  const translator = need('translator', "the qualified medical translator's name");
  const qualification = need('qualification', 'their qualification, e.g. "ATA-certified English>Spanish, medical"');
  const clinician = need('clinician', 'the bilingual clinician who checked the meaning');
  const clinicianRole = need('clinician-role', 'their role, e.g. "Oncology nurse, bilingual"');
  const mt = need('machine-translation', 'yes or no: was a machine translation the first draft?').toLowerCase();
  if (mt !== 'yes' && mt !== 'no') throw new UsageError('--machine-translation is yes or no.');
  const back = new Set(need('back-translated', 'what was translated back into English: caveats,numbers').split(',').map((s) => s.trim()));
  if (!back.has('caveats') || !back.has('numbers')) {
    throw new UsageError('A translation review back-translates the caveats and every sentence with a number (--back-translated caveats,numbers); until both are done, the deck keeps saying the translation is not reviewed.');
  }
  const debriefed = Number(need('debriefed', 'how many patients who read the language were asked what it means to them'));
  if (!Number.isInteger(debriefed) || debriefed < 1) throw new UsageError('--debriefed is the number of patients in the cognitive debriefing (at least 1; 5 to 12 is usual).');
  const date = values.date ?? today();
  if (!isIsoDate(date)) throw new UsageError(`--date must be a real date written YYYY-MM-DD, not "${date}".`);
  const { english, translation } = await loaded(lang);
  if (translation.translation.stale.length > 0) {
    throw new UsageError(
      `The English changed since these parts were translated: ${translation.translation.stale.map(nameOf).join(', ')}. Update the translation first (then npm run review -- --translated ${lang} …), so the review covers the English as it is.`,
    );
  }
  const hashes = contentHashes(translation.input.deck, translation.input.figures);
  const record: TranslationReview = {
    translator: { name: translator, qualification },
    clinician: { name: clinician, role: clinicianRole },
    machineTranslation: { used: mt === 'yes', ...(values['mt-tool'] ? { tool: values['mt-tool'] } : {}) },
    backTranslation: { caveats: true, numberSentences: true, ...(values['back-translator'] ? { by: values['back-translator'] } : {}) },
    cognitiveDebriefing: { patients: debriefed },
    date,
    sourceHash: contentHash(contentHashes(english.deck, english.figures)),
    contentHash: contentHash(hashes),
    hashes,
  };
  await new AtomicFile(file).commit(Buffer.from(translationReviewModule(lang, record)));
  io.stderr.write(`[review] recorded: the ${lang} translation reviewed by ${translator} and ${clinician} on ${longDate(date, lang)}. Rebuild (npm run build) to show it.\n`);
  return EXIT.ok;
}

async function exportStrings(lang: Exclude<Lang, 'en'>, values: TranslationArgs, io: CommandIo): Promise<number> {
  const { english, translation } = await loaded(lang);
  const units = exchangeUnits(english.deck, translation.input.deck);
  const out = resolve(io.cwd, values.out ?? join(PROJECT_ROOT, 'out', `translation-${lang}.po`));
  if (!out.endsWith('.po')) throw new UsageError(`--out ${values.out} must end in .po (a gettext PO file, which translation tools open).`);
  assertWritableFile(out, values.out ?? relative(io.cwd, out), '--out');
  mkdirSync(dirname(out), { recursive: true });
  await new AtomicFile(out).commit(exportPo(units, lang, contentHash(contentHashes(english.deck, english.figures))));
  const stale = translation.translation.stale.length;
  io.stderr.write(
    `[review] wrote ${relative(io.cwd, out) || out}: ${units.length} strings of ${translation.input.deck.slides.length} ${LOCALES[lang].name} slides, each with its English.` +
      (stale > 0 ? ` ${stale} part${stale === 1 ? '' : 's'} of the English changed since translated (npm run review -- --translated ${lang}).` : '') +
      ` Bring it back with: npm run review -- --import ${lang} ${relative(io.cwd, out) || out}\n`,
  );
  return EXIT.ok;
}

async function importStrings(lang: Exclude<Lang, 'en'>, positionals: readonly string[], io: CommandIo): Promise<number> {
  if (positionals.length !== 1) throw new UsageError(`Give the reviewed PO file: npm run review -- --import ${lang} FILE.po`);
  const given = positionals[0]!;
  const file = resolve(io.cwd, given);
  if (!existsSync(file)) throw new UsageError(`${given} does not exist. Give the .po file the translation team sent back.`);
  const loadedDeck = compileLoaded(await loadDeckFrom());
  const translation = loadedDeck.translations.find((t) => t.lang === lang);
  if (!translation) throw new UsageError(`The deck has no ${lang} translation (slides/${LOCALES[lang].folder}index.ts).`);
  const english = loadedDeck.input.deck;
  const translated = translation.input.deck;
  const units = exchangeUnits(english, translated);
  const { changes, problems } = readPo(readFileSync(file), units, given, lang);
  // The deck as the import would make it, through the checks npm run check runs on a translation.
  const imported = withChanges(translated, units, changes);
  const { local, figures, figureText } = translation.input;
  const compileTranslated = (deck: AnyDeck) => compileDeck({ deck, local, figures, ...(figureText ? { figureText } : {}), translation: translation.source.translation });
  if (problems.length === 0) problems.push(...deckProblems(imported, { assets: new Set(translation.input.figures.keys()) }), ...importProblems(imported, english, compileTranslated, new Set(units.filter((u) => changes.has(u.context)).map((u) => u.slide)), given, lang));
  // Where each change goes: the string literal at its path in slides/es/<id>.ts.
  const folder = join(PROJECT_ROOT, 'slides', LOCALES[lang].folder);
  const writes: { file: string; text: string }[] = [];
  const bySlide = new Map<string, { path: readonly (string | number)[]; value: string }[]>();
  for (const u of units) if (changes.has(u.context)) (bySlide.get(u.slide) ?? bySlide.set(u.slide, []).get(u.slide)!).push({ path: ['slide', ...u.path], value: changes.get(u.context)! });
  for (const [slide, edits] of bySlide) {
    const module = join(folder, `${slide}.ts`);
    const placed = placeInSource(readFileSync(module, 'utf8'), relative(PROJECT_ROOT, module), edits.map((e) => ({ path: e.path.slice(1), value: e.value })));
    problems.push(...placed.problems);
    writes.push({ file: module, text: placed.text });
  }
  if (problems.length > 0) throw new DeckValidationError(problems);
  for (const w of writes) await new AtomicFile(w.file).commit(Buffer.from(w.text));
  io.stderr.write(
    changes.size === 0
      ? `[review] ${given}: every string is as the deck has it; nothing to change.\n`
      : `[review] ${given}: ${changes.size} string${changes.size === 1 ? '' : 's'} changed in ${writes.length} module${writes.length === 1 ? '' : 's'} (${writes.map((w) => relative(PROJECT_ROOT, w.file)).join(', ')}), after the parity checks. Run npm run check -- --lang ${lang}, then record the review: npm run review -- --translation ${lang} …\n`,
  );
  return EXIT.ok;
}
