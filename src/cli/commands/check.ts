// `npm run check`: the deck's quality gate for plain language, honesty and sources, on every
// edition, and whether every slide fits its 1280×720 canvas (in Chromium, when it is installed).
//   npm run check                       check slides/index.ts, print the report
//   npm run -s check -- --json          the same report as JSON on stdout (-s: no npm banner)
//   npm run check -- --no-fit           skip the fit check (no browser, no build)
//   npm run check -- --deck <module>    check another deck module (tests use fixture decks)
//   npm run check -- --figures <dir>    figure files for that deck
//   npm run check -- --lang es          only the Spanish edition (slides/es/; --lang en: only the English).
//                                       Without --lang every language in LOCALES is checked, each in its own
//                                       section and formulas (Spanish: SOL, INFLESZ, Fernández-Huerta), and
//                                       an error in any of them fails the check (messages name slides/es/<id>.ts)
// Exit codes (src/exit/exit-codes.ts): 0 no errors (warnings allowed), 1 some rule failed or a
// slide does not fit, 2 bad arguments, 3 the deck could not be loaded (the message names the
// file, field and fix), 130 interrupted (the scratch build and the browser are cleaned up).
//
// The deck is loaded and compiled once; the rules, the handout text and the fit check's build
// all use that one compile. The fit check (Vite, Playwright) is imported only when it runs, so
// `--no-fit` loads neither. Each phase's time goes to stderr (not with --json).

import { parseArgs } from 'node:util';
import { runChecks, withProblems, type FitSummary } from '../../check/run.ts';
import { formatJson, formatText } from '../../check/report.ts';
import { DECK, type Problem } from '../../check/rule.ts';
import { LOCALES, type Lang } from '../../model/locales.ts';
import { EXIT } from '../../exit/exit-codes.ts';
import { compileLoaded, deckLocation, loadDeck, type LoadedDeck } from '../../load/load-deck.ts';
import { FIT_RULE } from '../../measure/fit-problems.ts';
import { DeckValidationError, type DeckProblem } from '../../model/errors.ts';
import { processIo, runCommand, type CommandIo, type Main } from '../command.ts';
import { phaseLog } from '../phases.ts';

const USAGE = 'Usage: npm run check -- [--deck <path-to-deck-module>] [--figures <dir>] [--no-fit] [--json] [--lang es]';

interface CheckArgs {
  readonly deck?: string;
  readonly figures?: string;
  readonly json?: boolean;
  readonly help?: boolean;
  readonly 'no-fit'?: boolean;
  readonly lang?: string;
}

export const main: Main = (argv, given) => {
  const io = processIo(given);
  const fail = (message: string, code: number, json: boolean, problems: readonly DeckProblem[] = []): number => {
    // A deck that did not load still gives a `problems` list, each with its file, field and fix, so a tool reads one shape.
    if (json) io.stdout.write(`${JSON.stringify({ ok: false, error: message, problems }, null, 2)}\n`);
    io.stderr.write(`npm run check: ${message}\n`);
    return code;
  };
  return runCommand('check', io, async () => {
    let values: CheckArgs;
    try {
      ({ values } = parseArgs({
        args: [...argv],
        options: {
          deck: { type: 'string' },
          figures: { type: 'string' },
          json: { type: 'boolean' },
          'no-fit': { type: 'boolean' },
          lang: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
        strict: true,
      }));
    } catch (error) {
      return fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, EXIT.usage, false);
    }
    if (values.help) {
      io.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    const json = values.json === true;
    const phase = json ? () => undefined : phaseLog('check', io);
    const timed = <T>(name: string, work: () => T): T => {
      const started = performance.now();
      const result = work();
      phase(name, performance.now() - started);
      return result;
    };
    let input;
    try {
      const started = performance.now();
      input = await loadDeck({ deck: values.deck, figures: values.figures, cwd: io.cwd });
      phase('load', performance.now() - started);
    } catch (error) {
      if (error instanceof DeckValidationError) return fail(`the deck was not checked.\n${error.message}`, EXIT.invalidDeck, json, error.problems);
      throw error; // a bug in the checker itself (DEBUG=1 shows the stack)
    }
    const loaded = timed('compile', () => compileLoaded(input, { characters: 'report' }));
    let report = timed('rules', () => runChecks(loaded.input, undefined, loaded));
    // Each translation's fit, measured with the English (same browser, same definition of "fits").
    let translatedFit: (lang: string) => { problems: readonly Problem[]; fit: FitSummary } = () => ({ problems: [], fit: { checked: false, reason: 'skipped with --no-fit', skipped: true } });
    if (values['no-fit']) report = withProblems(report, [], { checked: false, reason: 'skipped with --no-fit', skipped: true });
    else {
      const started = performance.now();
      ({ report, translatedFit } = await withFit(report, loaded, values, json, io));
      phase('fit', performance.now() - started);
    }
    // Every language in LOCALES is checked under the same rules, each in its own language's
    // readability formulas (SOL, INFLESZ and Fernández-Huerta for Spanish), a translation also
    // against the English it was made from, so a mistake in any language fails plain
    // `npm run check` where it is made. `--lang <code>` limits the check and the report to one.
    if (values.lang !== undefined && values.lang !== 'en' && !loaded.translations.some((x) => x.lang === values.lang)) {
      return fail(`the deck has no "${values.lang}" translation (languages: en${loaded.translations.map((x) => `, ${x.lang}`).join('')}).\n${USAGE}`, EXIT.usage, json);
    }
    const wanted = (lang: string) => values.lang === undefined || values.lang === lang;
    const translated = loaded.translations.filter((t) => wanted(t.lang)).map((t) => ({
      lang: t.lang,
      report: timed(`rules (${t.lang})`, () => {
        const { problems, fit } = translatedFit(t.lang);
        return withProblems(runChecks({ ...t.input, source: loaded.input.deck }, undefined, t), problems, fit);
      }),
    }));
    const reports = [...(wanted('en') ? [{ lang: 'en', report }] : []), ...translated];
    if (values.lang !== undefined) {
      // One language: its report alone (the JSON is that report).
      const only = reports[0]!;
      io.stdout.write(`${json ? formatJson(only.report) : formatText(only.report)}\n`);
      return only.report.ok ? EXIT.ok : EXIT.failed;
    }
    const ok = reports.every((r) => r.report.ok);
    if (json) {
      // The English report as before, each translation's report under `translations`, and `ok`
      // for every language (the exit code's reason).
      const translations = translated.map((t) => ({ lang: t.lang, ...(JSON.parse(formatJson(t.report)) as object) }));
      io.stdout.write(`${JSON.stringify({ ...(JSON.parse(formatJson(report)) as object), allOk: ok, translations }, null, 2)}\n`);
    } else if (reports.length === 1) {
      // A deck in one language (a fixture deck): its report alone, as before.
      io.stdout.write(`${formatText(report)}\n`);
    } else {
      const heading = (lang: string) => {
        const l = LOCALES[lang as Lang];
        return `== ${l.name} (${lang}): slides/${l.folder} ==`;
      };
      io.stdout.write(`${reports.map((r) => `${heading(r.lang)}\n${formatText(r.report)}\n`).join('\n')}\n`);
      io.stdout.write(`Languages: ${reports.map((r) => `${r.lang} ${r.report.ok ? 'passed' : 'FAILED'} (${r.report.errors} errors, ${r.report.warnings} warnings)`).join('; ')}. One language: npm run check -- --lang <code>\n`);
    }
    return ok ? EXIT.ok : EXIT.failed;
  });
};

type Checked = ReturnType<typeof runChecks>;

/**
 * The report with the fit check's findings, or a warning that fit was not checked; and each
 * translation's findings (slides/es/: the same measure, its problems naming slides/es/<id>.ts).
 */
async function withFit(report: Checked, loaded: LoadedDeck, values: CheckArgs, json: boolean, io: CommandIo): Promise<{ report: Checked; translatedFit: (lang: string) => { problems: readonly Problem[]; fit: FitSummary } }> {
  // Vite and Playwright, only now that they are needed.
  const { checkFit } = await import('../../measure/fit-check.ts');
  // The build for measuring uses the same deck (and figures) as the content check.
  const deck = deckLocation({ deck: values.deck, figures: values.figures, cwd: io.cwd });
  if (io.stderr.isTTY) io.stderr.write('npm run check: measuring every slide in Chromium (--no-fit skips this)…\n');
  const fit = await checkFit({ loaded, deck, signal: io.signal, translations: values.lang !== 'en' });
  if (fit.checked) {
    const { problems, translations, ...summary } = fit;
    return {
      report: withProblems(report, problems, summary),
      translatedFit: (lang) => {
        const t = translations.find((x) => x.lang === lang);
        return t ? { problems: t.problems, fit: { ...summary, slides: t.slides, editions: t.editions } } : { problems: [], fit: { checked: false, reason: `the ${lang} deck was not measured` } };
      },
    };
  }
  // Not a failure: a plain warning that nothing says the slides fit.
  const warning = {
    slide: DECK,
    rule: FIT_RULE,
    severity: 'warning' as const,
    message: `fit was not checked: ${fit.reason.replace(/\.$/, '')}`,
    fix: 'Until it is, nothing says the slides fit their 1280×720 canvas; pass --no-fit to skip this check on purpose.',
  };
  if (json) io.stderr.write(`npm run check: warning: fit was not checked: ${fit.reason}\n`);
  return { report: withProblems(report, [warning], fit), translatedFit: () => ({ problems: [warning], fit }) };
}
