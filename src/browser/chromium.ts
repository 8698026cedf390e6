// Starting Debian's Chromium through playwright-core (browsers cannot be downloaded here).

import { execFile, type ExecFileException } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserServer, LaunchOptions } from 'playwright-core';
import { EnvironmentError } from '../exit/cli-error.ts';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Flags that keep Chromium quiet on a machine with no network and no GPU. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-default-apps',
];

/** No Chromium where it was looked for (exit 4, like every problem with the machine). */
export class ChromiumNotFoundError extends EnvironmentError {
  constructor(path: string) {
    super(
      `Chromium was not found at ${path}${fromVariable()}. Install it with \`bash scripts/setup.sh\` (or \`apt-get install -y chromium\` as root), ` +
        'or set CHROMIUM_PATH to the path of a Chromium or Chrome binary.',
    );
    this.name = 'ChromiumNotFoundError';
  }
}

/** " (set by CHROMIUM_PATH)" when the path came from the variable: that is the thing to fix. */
const fromVariable = (): string => (process.env.CHROMIUM_PATH ? ' (set by CHROMIUM_PATH)' : '');

/** A program that is not Chromium (CHROMIUM_PATH at Firefox, say): playwright-core would wait 180 s for it, then fail in its own words. */
export class NotChromiumError extends EnvironmentError {
  constructor(path: string, said: string) {
    super(
      `${path}${fromVariable()} is not Chromium: asked its version, it says "${said}". Point CHROMIUM_PATH at a Chromium or Chrome binary (Debian's is ${DEFAULT_CHROMIUM}), or unset it.`,
    );
    this.name = 'NotChromiumError';
  }
}

/** Paths already asked (once per process: the tests start many browsers). */
const verified = new Set<string>();

/**
 * Asks the program its version (Chromium and Chrome answer "Chromium 1xx …" / "Google Chrome 1xx …") and refuses any other.
 * Asynchronously: the command's other work (and loading playwright-core) goes on while it answers.
 */
async function assertChromium(path: string): Promise<void> {
  if (verified.has(path)) return;
  const asked = await new Promise<{ stdout: string; stderr: string; error: ExecFileException | null }>((answer) =>
    execFile(path, ['--version'], { encoding: 'utf8', timeout: 20_000 }, (error, stdout, stderr) => answer({ stdout, stderr, error })),
  );
  // No answer in time (a busy machine): let the launch itself say what is wrong.
  if (asked.error?.killed) return;
  const code = asked.error?.code;
  const said = `${asked.stdout ?? ''}${asked.stderr ?? ''}`.split('\n').map((l) => l.trim()).find((l) => /\d/.test(l)) ?? (typeof code === 'number' ? `exit ${code}` : (asked.error?.message ?? 'no answer'));
  if (!/\b(chromium|chrome)\b/i.test(said)) throw new NotChromiumError(path, said.slice(0, 120));
  verified.add(path);
}

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

async function executable(): Promise<string> {
  const executablePath = chromiumPath();
  try {
    accessSync(executablePath, constants.X_OK);
  } catch {
    throw new ChromiumNotFoundError(executablePath);
  }
  await assertChromium(executablePath);
  return executablePath;
}

// playwright-core is loaded here, not at the top: a command that never starts a browser never pays
// for it. It loads while Chromium answers its version. It is a CommonJS bundle: require() loads
// it about 0.1 s sooner than import(), which first scans its 5 MB for export names (issue 21).
const playwright = async (): Promise<typeof import('playwright-core')> => createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');

/** A Chromium started by launchChromiumServer, from another part of the same run. */
export async function connectChromium(wsEndpoint: string): Promise<Browser> {
  return (await playwright()).chromium.connect(wsEndpoint);
}

export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const [executablePath, { chromium }] = await Promise.all([executable(), playwright()]);
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true, ...options });
}

/**
 * The same Chromium as a server other processes connect to (playwright-core's launchServer):
 * the test run starts one and every test file connects (tests/setup/shared-run.ts).
 */
export async function launchChromiumServer(options: LaunchOptions = {}): Promise<BrowserServer> {
  const [executablePath, { chromium }] = await Promise.all([executable(), playwright()]);
  return chromium.launchServer({ executablePath, args: CHROMIUM_ARGS, headless: true, host: '127.0.0.1', ...options });
}
