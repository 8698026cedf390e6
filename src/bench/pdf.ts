// `npm run bench` — PDF export: time and size of each variant on the real deck, the whole
// command as a person runs it, and decktape's default run on the same deck for comparison.
//
// Export times are medians of 3 in-process runs of exportPdf(), each starting its own server
// and Chromium (browser start included). "Whole command" also includes Node and tsx startup.
// decktape runs only if DECKTAPE points at its binary (it is not a dependency of this project):
//   cd /tmp && PUPPETEER_SKIP_DOWNLOAD=1 npm i decktape && DECKTAPE=/tmp/node_modules/.bin/decktape npm run bench pdf

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PDFDocument } from 'pdf-lib';
import { buildState, staleReason } from '../output/build-state.ts';
import { exportPdf } from '../export/slides-pdf.ts';
import { VARIANTS } from '../export/variants.ts';
import { buildDeck } from '../build/run-build.ts';
import { PROJECT_ROOT } from '../load/load-deck.ts';
import { NODE_ARGS } from '../load/node-args.ts';
import { readManifest } from '../output/manifest-file.ts';
import { chromiumPath } from '../browser/chromium.ts';
import { serveDirectory } from '../browser/serve.ts';

const RUNS = 3;
const SIZE_BUDGET = 1.5 * 1024 * 1024;
/** Whole `npm run pdf` at most 0.1× decktape's time on the same deck in the same run (issue 21). */
const RATIO_TARGET = 0.1;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
const sec = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** Wall time of a command, failing on a non-zero exit. */
async function timed(command: string, args: string[]): Promise<number> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((ok) => child.on('close', ok));
  if (code !== 0) throw new Error(`${command} exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return performance.now() - started;
}

export async function run(): Promise<void> {
  const dist = resolve(PROJECT_ROOT, 'dist');
  const state = buildState(dist, PROJECT_ROOT, 'dist');
  if (state.state !== 'current') {
    console.log(`building the deck first (${state.state === 'stale' ? staleReason(state.changed, 'dist') : state.reason})`);
    await buildDeck('dist', { quiet: true });
  }
  const manifest = readManifest(dist, 'dist');
  const dir = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
  try {
    console.log(`deck: ${manifest.editions.full!.slides.length} slides; ${RUNS} runs per variant, median; Chromium at ${chromiumPath()}`);
    console.log('variant  pages  size      export (server + browser start + render + write)');
    const sizes: [string, number][] = [];
    for (const variant of Object.values(VARIANTS)) {
      const times: number[] = [];
      let pages = 0;
      let bytes = 0;
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        const result = await exportPdf({ distDir: dist, variant, out: join(dir, `${variant.name}.pdf`), manifest });
        times.push(performance.now() - started);
        pages = result.pages.length;
        bytes = result.bytes;
      }
      sizes.push([variant.name, bytes]);
      console.log(`${variant.name.padEnd(8)} ${String(pages).padStart(5)}  ${kb(bytes).padStart(8)}  ${sec(median(times))}`);
    }

    const cli = join(PROJECT_ROOT, 'src/cli/pdf.ts');
    const commandTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) commandTimes.push(await timed(process.execPath, [...NODE_ARGS, cli, '--no-build', '--out', join(dir, 'command.pdf')]));
    const ours = median(commandTimes);
    console.log(`whole command (node + tsx + export of the default PDF, dist/ already built): ${sec(ours)}`);

    for (const [name, bytes] of sizes) console.log(`size budget ${kb(SIZE_BUDGET)}: ${name} ${kb(bytes)} ${bytes < SIZE_BUDGET ? 'ok' : 'OVER BUDGET'}`);
    const over = sizes.filter(([, bytes]) => bytes >= SIZE_BUDGET);

    const decktape = process.env.DECKTAPE;
    if (!decktape) console.log('decktape: not installed, so no ratio this run (target: whole command ≤ 0.1× decktape). To compare: cd /tmp && PUPPETEER_SKIP_DOWNLOAD=1 npm i decktape, then DECKTAPE=/tmp/node_modules/.bin/decktape npm run bench pdf');
    else await compareDecktape(decktape, dist, dir, ours);
    // Over budget fails the command (exit 1), as the byte budget does; times are only reported.
    if (over.length > 0) throw new Error(`PDF over the size budget: ${over.map(([n, b]) => `${n} ${kb(b)}`).join(', ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function compareDecktape(decktape: string, dist: string, dir: string, ours: number): Promise<void> {
  {
    const server = await serveDirectory(dist);
    try {
      const out = join(dir, 'decktape.pdf');
      // decktape's default run (reveal plugin, 1 s pause per slide), same deck, same Chromium.
      const ms = await timed(decktape, ['--chrome-path', chromiumPath(), '--chrome-arg=--no-sandbox', 'reveal', server.url, out]);
      const pages = (await PDFDocument.load(readFileSync(out), { updateMetadata: false })).getPageCount();
      console.log(`decktape (default run, one run): ${pages} pages, ${kb(statSync(out).size)}, ${sec(ms)}`);
      const ratio = ours / ms;
      console.log(`whole command / decktape: ${ratio.toFixed(2)} (${(ms / ours).toFixed(1)}× faster; target ≤ ${RATIO_TARGET}) ${ratio <= RATIO_TARGET ? 'ok' : 'OVER TARGET'}`);
    } finally {
      await server.close();
    }
  }
}
