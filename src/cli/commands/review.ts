// `npm run review -- --name "Dr. A. Rivera" --role "Breast oncologist, MD" [--scope "…"] [--date YYYY-MM-DD]`
// records a clinical review of the content as it is now into slides/review.ts (the hashes, each
// fact's statement and each slide's sentences); `--clear` removes it; `--changes` prints, slide
// by slide, the sentences added, removed or changed since the recorded review, and the facts that
// changed, so a re-review reads only what changed. The about slide, the handout and the PDFs then say "Reviewed by …" until any slide, source,
// term or the deck list changes; `npm run check` then warns and names what changed.
// Exit codes: src/exit/exit-codes.ts.

import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../../exit/cli-error.ts';
import { EXIT } from '../../exit/exit-codes.ts';
import { NO_MODULE } from '../../load/deck-input.ts';
import { compileLoaded, deckLocation, loadDeckFrom, PROJECT_ROOT } from '../../load/load-deck.ts';
import { contentHashes, recordReview } from '../../model/compile.ts';
import { recordedSentences, reviewSheet } from '../../check/review-sheet.ts';
import { formatChanges, reviewChanges } from '../../review/changes.ts';
import { addMonths, isIsoDate, localToday, longDate } from '../../model/dates.ts';
import { REVIEW_INTERVAL_MONTHS } from '../../model/local.ts';
import { AtomicFile } from '../../output/atomic-file.ts';
import { lineProblem, REVIEW_FILE } from '../../model/local-validate.ts';
import { assertOutputPath, REVIEW_OUTPUT } from '../../output/output-kind.ts';
import { assertWritableFile } from '../../output/output-path.ts';
import { reviewModule } from '../../review/record.ts';
import { processIo, runCommand, type Main } from '../command.ts';
import { translationCommand, type TranslationArgs } from './review-translation.ts';

const USAGE = `Usage: npm run review -- --name "NAME" --role "ROLE OR CREDENTIALS" [--scope "WHAT WAS CHECKED"] [--date YYYY-MM-DD]
       npm run review -- --clear
       npm run review -- --changes
       npm run review -- --translated es [SLIDE-ID… | --all]   (a translation: see src/cli/commands/review-translation.ts)
       npm run review -- --export es [--out FILE.po]   (the strings for a translation team, each with its English)
       npm run review -- --import es FILE.po           (a reviewed file back, through the parity checks)
       npm run review -- --translation es --translator "NAME" --qualification "…" --clinician "NAME" --clinician-role "…" --machine-translation yes|no --back-translated caveats,numbers --debriefed N
  --scope    default: "against the full paper and the fact sheet"
  --date     default: today (your own day); not after today, nor before the deck's date (meta.date)
  --changes  print what changed since the recorded review (sentences as a diff, changed facts)
  --file     the record: write (or, with --changes, read) this file instead of slides/review.ts
  --deck     the deck module (default slides/index.ts; for tests)`;

const DEFAULT_SCOPE = 'against the full paper and the fact sheet';

export const main: Main = (argv, given) => {
  const io = processIo(given);
  return runCommand('review', io, () => review(argv, io));
};

/** The options of a translation's review (src/cli/commands/review-translation.ts). */
const TRANSLATION_OPTIONS = {
  translated: { type: 'string' },
  translation: { type: 'string' },
  all: { type: 'boolean' },
  clear: { type: 'boolean' },
  translator: { type: 'string' },
  qualification: { type: 'string' },
  clinician: { type: 'string' },
  'clinician-role': { type: 'string' },
  'machine-translation': { type: 'string' },
  'mt-tool': { type: 'string' },
  'back-translated': { type: 'string' },
  'back-translator': { type: 'string' },
  debriefed: { type: 'string' },
  date: { type: 'string' },
  export: { type: 'string' },
  import: { type: 'string' },
  out: { type: 'string' },
} as const;

async function review(argv: readonly string[], io: ReturnType<typeof processIo>): Promise<number> {
  if (argv.some((a) => /^--(?:translat(?:ed|ion)|export|import)(?:=|$)/.test(a))) {
    let parsed;
    try {
      parsed = parseArgs({ args: [...argv], strict: true, allowPositionals: true, options: TRANSLATION_OPTIONS });
    } catch (error) {
      throw new UsageError(`${(error as Error).message}\n${USAGE}`);
    }
    return translationCommand(parsed.values as TranslationArgs, parsed.positionals, io);
  }
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        name: { type: 'string' },
        role: { type: 'string' },
        scope: { type: 'string' },
        date: { type: 'string' },
        file: { type: 'string' },
        clear: { type: 'boolean' },
        changes: { type: 'boolean' },
        deck: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  const caller = io.cwd;
  const file = values.file === undefined ? resolve(PROJECT_ROOT, 'slides/review.ts') : resolve(caller, values.file);
  const location = { ...deckLocation({ ...(values.deck === undefined ? {} : { deck: values.deck }), cwd: caller }) };
  if (values.changes) {
    const others = (['name', 'role', 'scope', 'date', 'clear'] as const).filter((k) => values[k] !== undefined);
    if (others.length > 0) throw new UsageError(`--changes only reads the record; it cannot be given with ${others.map((k) => `--${k}`).join(', ')}.\n${USAGE}`);
    return changes(io, { ...location, reviewModule: file }, values.file ?? REVIEW_FILE);
  }
  // Only a review record may be replaced: `--file slides/title.ts` would destroy a slide.
  assertOutputPath(file, values.file ?? REVIEW_FILE, PROJECT_ROOT, REVIEW_OUTPUT, [REVIEW_FILE]);
  assertWritableFile(file, values.file ?? REVIEW_FILE, '--file');
  const define = relative(dirname(file), resolve(PROJECT_ROOT, 'slides/define.ts')).split('\\').join('/');
  const defineFrom = define.startsWith('.') ? define : `./${define}`;
  if (values.clear) {
    await new AtomicFile(file).commit(Buffer.from(reviewModule(null, defineFrom)));
    io.stderr.write('[review] cleared: the deck now says it has not been reviewed by a clinician.\n');
    return EXIT.ok;
  }
  const name = values.name?.trim();
  const role = values.role?.trim();
  if (!name || !role) throw new UsageError(`Give the reviewer's --name and --role.\n${USAGE}`);
  for (const [option, value] of [['--name', name], ['--role', role]] as const) {
    const problem = lineProblem(value);
    if (problem) throw new UsageError(`${option} ${problem}. Give the reviewer's ${option.slice(2)} as one short line, e.g. --name "Dr. A. Rivera" --role "Breast oncologist, MD".`);
  }
  const today = localToday();
  const date = values.date ?? today;
  if (!isIsoDate(date)) throw new UsageError(`--date must be a real date written YYYY-MM-DD, not "${date}".`);
  if (date > today) throw new UsageError(`--date ${date} is after today (${today}): a review is recorded once it has happened. Give the day the clinician reviewed the deck, or leave --date out for today.`);
  // The content as the build sees it (every module valid), so the hashes are of what ships; the
  // sentences as the check and the review page read them.
  // The old record is not read: it is being replaced, and one edited by hand must not stop that.
  const loaded = compileLoaded(await loadDeckFrom({ ...location, reviewModule: NO_MODULE }));
  const { deck, figures } = loaded.input;
  if (date < deck.meta.date) {
    throw new UsageError(
      `--date ${date} is before the facts were last checked (${deck.meta.date}, meta.date in slides/index.ts), so that review cannot have covered this content. Give the day the clinician reviewed this version, or leave --date out for today.`,
    );
  }
  const sentences = recordedSentences(reviewSheet(deck, loaded.editions));
  const record = recordReview(deck, figures, { name, role, scope: values.scope?.trim() || DEFAULT_SCOPE, date }, sentences);
  await new AtomicFile(file).commit(Buffer.from(reviewModule(record, defineFrom)));
  io.stderr.write(
    `[review] recorded: reviewed by ${name}, ${role}, on ${longDate(date)}; next review due ${longDate(addMonths(date, REVIEW_INTERVAL_MONTHS))}. ` +
      'Rebuild (npm run build, or npm run build:single for the one-file copy) to show it.\n',
  );
  return EXIT.ok;
}

/** `--changes`: what changed since the recorded review, on stdout; exit 0 whether or not anything did. */
async function changes(io: ReturnType<typeof processIo>, location: Parameters<typeof loadDeckFrom>[0], shown: string): Promise<number> {
  const loaded = compileLoaded(await loadDeckFrom(location));
  const record = loaded.input.review;
  if (!record) {
    io.stdout.write(`No review is recorded in ${shown}, so there is nothing to compare with: all of the content is unreviewed. The review page (npm run build, then dist/review.html) lists every sentence; record a review with npm run review -- --name "…" --role "…".\n`);
    return EXIT.ok;
  }
  const sheet = reviewSheet(loaded.input.deck, loaded.editions, record);
  const full = loaded.editions[0]!;
  io.stdout.write(formatChanges(record, reviewChanges(record, sheet, contentHashes(loaded.input.deck, loaded.input.figures), full)));
  return EXIT.ok;
}
