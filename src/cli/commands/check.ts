// `npm run check`: the deck's quality gate for plain language, honesty and sources, on every
// edition, and whether every slide fits its 1280×720 canvas (in Chromium, when it is installed).
//   npm run check                       check slides/index.ts, print the report
//   npm run -s check -- --json          the same report as JSON on stdout (-s: no npm banner)
//   npm run check -- --no-fit           skip the fit check (no browser, no build)
//   npm run check -- --deck <module>    check another deck module (tests use fixture decks)
//   npm run check -- --figures <dir>    figure files for that deck
//   npm run check -- --lang es          the Spanish edition (slides/es/) under the same rules, SOL and INFLESZ,
//                                       its fit measured like the English (messages name slides/es/<id>.ts)
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
import { READABILITY } from '../../check/readability/languages.ts';
import { readDeck } from '../../check/reading.ts';
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
    const loaded = timed('compile', () => compileLoaded(input));
    let report = timed('rules', () => runChecks(loaded.input, undefined, loaded));
    // Each translation's fit, measured with the English (same browser, same definition of "fits").
    let translatedFit: (lang: string) => { problems: readonly Problem[]; fit: FitSummary } = () => ({ problems: [], fit: { checked: false, reason: 'skipped with --no-fit', skipped: true } });
    if (values['no-fit']) report = withProblems(report, [], { checked: false, reason: 'skipped with --no-fit', skipped: true });
    else {
      const started = performance.now();
      ({ report, translatedFit } = await withFit(report, loaded, values, json, io));
      phase('fit', performance.now() - started);
    }
    // A translation (slides/es/…) is checked under the same rules and its own language's
    // readability gates (SOL and INFLESZ for Spanish), compared with the English it was made from.
    // `--lang es` reports it (and its result is the exit code); without it the English is reported
    // and each translation's count of errors is one line at the end.
    const translated = loaded.translations.map((t) => ({
      lang: t.lang,
      report: timed(`rules (${t.lang})`, () => {
        const { problems, fit } = translatedFit(t.lang);
        return withProblems(runChecks({ ...t.input, source: loaded.input.deck }, undefined, t), problems, fit);
      }),
    }));
    if (values.lang !== undefined && values.lang !== 'en') {
      const t = translated.find((x) => x.lang === values.lang);
      if (!t) return fail(`the deck has no "${values.lang}" translation (languages: en${translated.map((x) => `, ${x.lang}`).join('')}).\n${USAGE}`, EXIT.usage, json);
      // The report's table scores in English; the language's own formulas are the gates (and this line).
      const full = loaded.translations.find((x) => x.lang === t.lang)!;
      const r = READABILITY[t.lang];
      const own = r.line(r.score(readDeck(full.input.deck, full.editions[0]!).corpus.map((x) => x.text)));
      io.stdout.write(`${json ? formatJson(t.report) : `The ${t.lang} edition (slides/${t.lang}/): ${own}\n(the SMOG and Flesch-Kincaid figures below are English formulas, shown for comparison only)\n${formatText(t.report)}`}\n`);
      return t.report.ok ? EXIT.ok : EXIT.failed;
    }
    io.stdout.write(`${json ? formatJson(report) : formatText(report)}\n`);
    if (!json) for (const t of translated) io.stdout.write(`The ${t.lang} edition: ${t.report.ok ? 'passed' : 'FAILED'} (${t.report.errors} errors, ${t.report.warnings} warnings): npm run check -- --lang ${t.lang}\n`);
    return report.ok ? EXIT.ok : EXIT.failed;
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
  const fit = await checkFit({ loaded, deck, signal: io.signal, translations: true });
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
