// Starting Debian's Chromium through playwright-core (browsers cannot be downloaded here).

import { accessSync, constants } from 'node:fs';
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
      `Chromium was not found at ${path}. Install it with \`bash scripts/setup.sh\` (or \`apt-get install -y chromium\` as root), ` +
        'or set CHROMIUM_PATH to the path of a Chromium or Chrome binary.',
    );
    this.name = 'ChromiumNotFoundError';
  }
}

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

function executable(): string {
  const executablePath = chromiumPath();
  try {
    accessSync(executablePath, constants.X_OK);
  } catch {
    throw new ChromiumNotFoundError(executablePath);
  }
  return executablePath;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = executable();
  // Loaded here, not at the top: a command that never starts a browser never pays for playwright-core.
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true, ...options });
}

/**
 * The same Chromium as a server other processes connect to (playwright-core's launchServer):
 * the test run starts one and every test file connects (tests/setup/shared-run.ts).
 */
export async function launchChromiumServer(options: LaunchOptions = {}): Promise<BrowserServer> {
  const executablePath = executable();
  const { chromium } = await import('playwright-core');
  return chromium.launchServer({ executablePath, args: CHROMIUM_ARGS, headless: true, host: '127.0.0.1', ...options });
}
