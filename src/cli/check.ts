// `npm run check`: the deck's quality gate for plain language, honesty and sources, on every
// edition, and whether every slide fits its 1280×720 canvas (in Chromium, when it is installed).
//   npm run check                       check slides/index.ts, print the report
//   npm run -s check -- --json          the same report as JSON on stdout (-s: no npm banner)
//   npm run check -- --no-fit           skip the fit check (no browser, no build)
//   npm run check -- --deck <module>    check another deck module (tests use fixture decks)
//   npm run check -- --figures <dir>    figure files for that deck
// Exit codes (src/exit/exit-codes.ts): 0 no errors (warnings allowed), 1 some rule failed or a
// slide does not fit, 2 bad arguments, 3 the deck could not be loaded (the message names the
// file, field and fix), 130 interrupted (the scratch build and the browser are cleaned up).

import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runCommand } from './command.ts';
import { EXIT } from '../exit/exit-codes.ts';
import { DeckValidationError } from '../model/errors.ts';
import { checkFit, FIT_RULE } from '../measure/fit-check.ts';
import { loadDeck } from '../load/load-deck.ts';
import { formatJson, formatText } from '../check/report.ts';
import { DECK } from '../check/rule.ts';
import { runChecks, withProblems } from '../check/run.ts';

const USAGE = 'Usage: npm run check -- [--deck <path-to-deck-module>] [--figures <dir>] [--no-fit] [--json]';

function fail(message: string, code: number, json: boolean): number {
  if (json) console.log(JSON.stringify({ ok: false, error: message }, null, 2));
  console.error(`npm run check: ${message}`);
  return code;
}

await runCommand({ name: 'check' }, async (signal) => {
  let values: { deck?: string; figures?: string; json?: boolean; help?: boolean; 'no-fit'?: boolean };
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        deck: { type: 'string' },
        figures: { type: 'string' },
        json: { type: 'boolean' },
        'no-fit': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, EXIT.usage, false);
  }
  if (values.help) {
    console.log(USAGE);
    return EXIT.ok;
  }
  const json = values.json === true;
  let input;
  try {
    input = await loadDeck({ deck: values.deck, figures: values.figures });
  } catch (error) {
    if (error instanceof DeckValidationError) return fail(`the deck was not checked.\n${error.message}`, EXIT.invalidDeck, json);
    throw error; // a bug in the checker itself (DEBUG=1 shows the stack)
  }
  let report = runChecks(input);
  if (values['no-fit']) report = withProblems(report, [], { checked: false, reason: 'skipped with --no-fit', skipped: true });
  else {
    // The build for measuring uses the same deck (and figures) as the content check.
    const cwd = process.env.INIT_CWD ?? process.cwd();
    const deck = {
      ...(values.deck === undefined ? {} : { deckModule: resolve(cwd, values.deck) }),
      ...(values.figures === undefined ? {} : { figuresDir: resolve(cwd, values.figures) }),
    };
    if (process.stderr.isTTY) process.stderr.write('npm run check: measuring every slide in Chromium (--no-fit skips this)…\n');
    const fit = await checkFit({ input, deck, signal });
    if (fit.checked) {
      const { problems, ...summary } = fit;
      report = withProblems(report, problems, summary);
    } else {
      // Not a failure: a plain warning that nothing says the slides fit.
      const warning = {
        slide: DECK,
        rule: FIT_RULE,
        severity: 'warning' as const,
        message: `fit was not checked: ${fit.reason.replace(/\.$/, '')}`,
        fix: 'Until it is, nothing says the slides fit their 1280×720 canvas; pass --no-fit to skip this check on purpose.',
      };
      report = withProblems(report, [warning], fit);
      if (json) console.error(`npm run check: warning: fit was not checked: ${fit.reason}`);
    }
  }
  console.log(json ? formatJson(report) : formatText(report));
  return report.ok ? EXIT.ok : EXIT.failed;
});
