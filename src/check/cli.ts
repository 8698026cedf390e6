// `npm run check`: the deck's quality gate for plain language, honesty and sources, on every edition.
//   npm run check                       check slides/index.ts, print the report
//   npm run -s check -- --json          the same report as JSON on stdout (-s: no npm banner)
//   npm run check -- --deck <module>    check another deck module (tests use fixture decks)
//   npm run check -- --figures <dir>    figure files for that deck
// Exit codes (src/cli/exit-codes.ts): 0 no errors (warnings allowed), 1 some rule failed,
// 2 bad arguments, 3 the deck could not be loaded (the message names the file, field and fix).

import { parseArgs } from 'node:util';
import { EXIT } from '../cli/exit-codes.ts';
import { DeckValidationError } from '../model/errors.ts';
import { loadDeck } from './load.ts';
import { formatJson, formatText } from './report.ts';
import { runChecks } from './run.ts';

const USAGE = 'Usage: npm run check -- [--deck <path-to-deck-module>] [--figures <dir>] [--json]';

function fail(message: string, code: number, json: boolean): never {
  if (json) console.log(JSON.stringify({ ok: false, error: message }, null, 2));
  console.error(`npm run check: ${message}`);
  process.exit(code);
}

async function main(argv: readonly string[]): Promise<void> {
  let values: { deck?: string; figures?: string; json?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { deck: { type: 'string' }, figures: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, EXIT.usage, false);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const json = values.json === true;
  try {
    const input = await loadDeck({ deck: values.deck, figures: values.figures });
    const report = runChecks(input);
    console.log(json ? formatJson(report) : formatText(report));
    process.exitCode = report.ok ? EXIT.ok : EXIT.failed;
  } catch (error) {
    if (error instanceof DeckValidationError) fail(`the deck was not checked.\n${error.message}`, EXIT.invalidDeck, json);
    throw error; // a bug in the checker itself: keep the stack
  }
}

await main(process.argv.slice(2));
