// scripts/setup.sh, the README's setup line and CI's: on a fresh Debian machine as root (no sudo
// there), as a user with sudo, and as a user without it. The machine is simulated: apt-get,
// dpkg-query, apt-cache, sudo, id, node and npm are stand-ins on a PATH that holds nothing else
// but a few basic tools, and each records how it was called. (The real script also ran here as
// root, installing a missing package: see the report of issue 13.)

import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const SCRIPT = resolve(import.meta.dirname, '../../scripts/setup.sh');
const PACKAGES = ['chromium', 'poppler-utils', 'firefox-esr', 'default-jre-headless', 'libreoffice-impress-nogui', 'fonts-liberation2', 'nginx'];
/** Installed without their recommends (LibreOffice would pull in a desktop). */
const LEAN = ['libreoffice-impress-nogui', 'fonts-liberation2'];
const FULL = PACKAGES.filter((p) => !LEAN.includes(p));
const work = mkdtempSync(join(tmpdir(), 'setup-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The real tools the script uses besides the ones simulated. */
const TOOLS = ['sh', 'bash', 'dirname', 'grep', 'sed', 'env', 'cat', 'chmod'];

interface Machine {
  /** Effective user id. */
  uid: number;
  sudo: boolean;
  /** Packages dpkg reports as installed. */
  installed: readonly string[];
  /** `node -p process.versions.node`, or null: no node. */
  node: string | null;
  npm: boolean;
  /** apt-cache policy nodejs: Candidate. */
  nodeCandidate?: string;
  /** apt-get's exit code. */
  aptExit?: number;
}

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
  /** One line per simulated command run: `sudo …`, `apt-get … [DEBIAN_FRONTEND=…]`, `npm …`. */
  calls: string[];
}

let n = 0;
function setUp(machine: Machine): Result {
  const dir = join(work, String(n++));
  const bin = join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  const log = join(dir, 'calls.log');
  writeFileSync(log, '');
  for (const tool of TOOLS) symlinkSync(execFileSync('sh', ['-c', `command -v ${tool}`]).toString().trim(), join(bin, tool));
  const stub = (name: string, body: string) => {
    writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  stub('id', `[ "$1" = -u ] && echo ${machine.uid}`);
  stub('dpkg-query', `for p in ${machine.installed.join(' ')}; do [ "$p" = "$3" ] && { printf 'install ok installed'; exit 0; }; done; exit 1`);
  stub('apt-cache', `[ "$1" = policy ] && printf 'nodejs:\\n  Installed: (none)\\n  Candidate: %s\\n' '${machine.nodeCandidate ?? '(none)'}'; exit 0`);
  const npm = `echo "npm $*" >> ${log}`;
  const node = (version: string) => `echo ${version}`;
  // apt-get installing nodejs or npm puts them on the PATH, as the real one does.
  const installs = (name: string, body: string) => `*" ${name} "*) printf '#!/bin/sh\\n%s\\n' '${body}' > ${bin}/${name === 'nodejs' ? 'node' : name}; chmod +x ${bin}/${name === 'nodejs' ? 'node' : name} ;;`;
  stub(
    'apt-get',
    [
      `echo "apt-get $* [DEBIAN_FRONTEND=$DEBIAN_FRONTEND]" >> ${log}`,
      `[ ${machine.aptExit ?? 0} -eq 0 ] || exit ${machine.aptExit}`,
      `case " $* " in ${installs('npm', npm)} esac`,
      `case " $* " in ${installs('nodejs', node(machine.nodeCandidate ?? '0'))} esac`,
    ].join('\n'),
  );
  if (machine.npm) stub('npm', npm);
  if (machine.sudo) stub('sudo', `echo "sudo $*" >> ${log}; exec "$@"`);
  if (machine.node) stub('node', node(machine.node));
  if (machine.npm && !machine.node) throw new Error('npm without node');
  const run = spawnSync(join(bin, 'bash'), [SCRIPT], { env: { PATH: bin, HOME: dir }, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, calls: readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

const everything = [...PACKAGES];

describe('scripts/setup.sh', () => {
  it('fresh Debian 13 as root, no sudo: apt-get update, then the packages and Node.js, then npm ci', () => {
    const r = setUp({ uid: 0, sudo: false, installed: [], node: null, npm: false, nodeCandidate: '20.19.2+dfsg-1' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.calls).toEqual([
      'apt-get update -q [DEBIAN_FRONTEND=noninteractive]',
      `apt-get install -y -q ${FULL.join(' ')} nodejs [DEBIAN_FRONTEND=noninteractive]`,
      `apt-get install -y -q --no-install-recommends ${LEAN.join(' ')} [DEBIAN_FRONTEND=noninteractive]`,
      'apt-get install -y -q npm [DEBIAN_FRONTEND=noninteractive]',
      'npm ci --no-audit --no-fund',
    ]);
  });

  it('a user with sudo: the same apt-get calls through sudo, npm ci as the user', () => {
    const r = setUp({ uid: 1000, sudo: true, installed: ['poppler-utils'], node: '20.20.2', npm: true });
    expect(r.code, r.stderr).toBe(0);
    expect(r.calls).toEqual([
      'sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q',
      'apt-get update -q [DEBIAN_FRONTEND=noninteractive]',
      'sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium firefox-esr default-jre-headless nginx',
      'apt-get install -y -q chromium firefox-esr default-jre-headless nginx [DEBIAN_FRONTEND=noninteractive]',
      'sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends libreoffice-impress-nogui fonts-liberation2',
      'apt-get install -y -q --no-install-recommends libreoffice-impress-nogui fonts-liberation2 [DEBIAN_FRONTEND=noninteractive]',
      'npm ci --no-audit --no-fund',
    ]);
  });

  it('everything there already: no apt-get, no sudo needed, just npm ci', () => {
    const r = setUp({ uid: 1000, sudo: false, installed: everything, node: '22.3.0', npm: true });
    expect(r.code, r.stderr).toBe(0);
    expect(r.calls).toEqual(['npm ci --no-audit --no-fund']);
    expect(r.stdout).toContain(`[setup] Debian packages already installed: ${PACKAGES.join(' ')}`);
  });

  it('a user without sudo, with something to install: says to run it as root, installs nothing', () => {
    const r = setUp({ uid: 1000, sudo: false, installed: [], node: '20.20.2', npm: true });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("[setup] error: apt-get needs root, and sudo is not installed. Run this script as root (su -c 'bash scripts/setup.sh'), or install sudo first.\n");
    expect(r.calls).toEqual([]);
  });

  it('Debian 12 (Node.js 18 in apt) without Node.js: says where to get Node.js 20, installs nothing', () => {
    const r = setUp({ uid: 0, sudo: false, installed: everything, node: null, npm: false, nodeCandidate: '18.19.0+dfsg-6~deb12u2' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[setup] error: Node.js 20.19 or newer is needed, and apt offers 18.19.0+dfsg-6~deb12u2 (Debian 12 ships 18). Install Node.js 20 from https://nodejs.org/');
    expect(r.calls).toEqual(['apt-get update -q [DEBIAN_FRONTEND=noninteractive]']);
  });

  it('an old Node.js (20.18) counts as missing', () => {
    const r = setUp({ uid: 0, sudo: false, installed: everything, node: '20.18.1', npm: true, nodeCandidate: '20.19.2+dfsg-1' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.calls).toContain('apt-get install -y -q nodejs [DEBIAN_FRONTEND=noninteractive]');
  });

  it('stops at the first failure: apt-get failing means no npm ci', () => {
    const r = setUp({ uid: 0, sudo: false, installed: [], node: '20.20.2', npm: true, aptExit: 100 });
    expect(r.code).toBe(100);
    expect(r.calls).toEqual(['apt-get update -q [DEBIAN_FRONTEND=noninteractive]']);
  });
});
