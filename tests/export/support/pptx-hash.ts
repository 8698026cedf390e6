// Builds one edition's PowerPoint file (a clinic's details, fixed figures) in a process of its own
// and prints its SHA-256: pptx-xml.test.ts compares it with a build in the test's process.
//   npx tsx tests/export/support/pptx-hash.ts [edition]

import { build, CLINIC, compileCase, sha256 } from './pptx.ts';

process.stdout.write(`${sha256(await build(compileCase(process.argv[2] ?? 'full', CLINIC)))}\n`);
