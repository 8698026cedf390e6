// `npm run bench` — commands as a person runs them: the whole-process time of
// `npm run check -- --no-fit` (target at most 1.5 s: it needs neither Vite nor Playwright), and
// `npm run build` (into dist/, as the pdf bench uses it) with the phases it reports itself. Median of 3 runs each (one build); times
// are reported, never asserted.

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PROJECT_ROOT } from '../load/load-deck.ts';
import { NODE_ARGS } from '../load/node-args.ts';

const RUNS = 3;
const CHECK_TARGET_MS = 1500;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const sec = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** Runs src/cli/<name>.ts as npm does (node + tsx); its wall time and what it wrote to stderr. */
async function command(name: string, args: string[]): Promise<{ ms: number; stderr: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, [...NODE_ARGS, join(PROJECT_ROOT, 'src/cli', `${name}.ts`), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, INIT_CWD: PROJECT_ROOT },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((ok) => child.on('close', ok));
  if (code !== 0) throw new Error(`npm run ${name} exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return { ms: performance.now() - started, stderr };
}

export async function run(): Promise<void> {
  const checks: { ms: number; stderr: string }[] = [];
  for (let i = 0; i < RUNS; i++) checks.push(await command('check', ['--no-fit']));
  const check = median(checks.map((c) => c.ms));
  console.log(`npm run check -- --no-fit (whole process, median of ${RUNS}): ${sec(check)} (target ≤ ${sec(CHECK_TARGET_MS)}) ${check <= CHECK_TARGET_MS ? 'ok' : 'OVER TARGET'}; its own phases (last run):`);
  phases(checks.at(-1)!.stderr, 'check');

  const build = await command('build', []);
  console.log(`npm run build (whole process, one run, into dist/): ${sec(build.ms)}; its own phases:`);
  phases(build.stderr, 'build');
}

/** The command's own phase lines ("[build] render: 2.44 s", src/cli/phases.ts). */
function phases(stderr: string, name: string): void {
  for (const line of stderr.split('\n').filter((l) => l.startsWith(`[${name}] `) && / [\d.]+ s$/.test(l))) console.log(`  ${line}`);
}
