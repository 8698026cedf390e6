// Fixes to the package itself (which parts exist, what they are called, how they point at each
// other). pptxgenjs 4.0.1 gets two of these wrong:
//  - [Content_Types].xml lists slideMaster1…N.xml, one per slide, where only slideMaster1.xml
//    exists (PptxGenJS #1444; PRs #1458, #1462 open). An override without its part is reported to
//    trigger PowerPoint's repair dialog: overrides without a part are dropped.
//  - Charts are numbered by a counter global to the module (_chartCounter in gen-objects.ts), so a
//    second deck built in the same process gets chart2.xml and Microsoft_Excel_Worksheet2.xlsx:
//    the same deck, other bytes. Chart parts are renumbered from 1 in the order they were made.
//
// The edits are on pptxgenjs's own, known output, with regular expressions: the parts are small,
// machine-written and flat, and no XML library is a run-time dependency.

import { posix } from 'node:path';
import { bytes, text, type Parts } from '../../output/zip.ts';

const CONTENT_TYPES = '[Content_Types].xml';

export function dropPhantomOverrides(parts: Parts): void {
  const types = text(parts.get(CONTENT_TYPES)!);
  const kept = types.replace(/\s*<Override PartName="\/([^"]+)"[^>]*\/>/g, (override, part: string) => (parts.has(part) ? override : ''));
  parts.set(CONTENT_TYPES, bytes(kept));
}

/** `ppt/charts/chart7.xml` → 7 (or undefined when `name` is not such a part). */
const numbered = (name: string, pattern: RegExp): number | undefined => {
  const m = pattern.exec(name);
  return m ? Number(m[1]) : undefined;
};

/** Old part name → new part name, renumbering the parts matching `pattern` from 1, in their old order. */
function renumbering(parts: Parts, pattern: RegExp, name: (n: number) => string): Map<string, string> {
  const old = [...parts.keys()].filter((p) => numbered(p, pattern) !== undefined).sort((a, b) => numbered(a, pattern)! - numbered(b, pattern)!);
  return new Map(old.map((p, i) => [p, name(i + 1)]));
}

/** Renames parts (and their .rels), then every relationship target and content-type entry that names them. */
function renameParts(parts: Parts, renames: Map<string, string>): void {
  if ([...renames].every(([from, to]) => from === to)) return;
  const relsOf = (part: string) => posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
  const all = new Map(renames);
  for (const [from, to] of renames) if (parts.has(relsOf(from))) all.set(relsOf(from), relsOf(to));
  const moved: Parts = new Map();
  for (const [name, data] of parts) moved.set(all.get(name) ?? name, data);
  parts.clear();
  for (const [name, data] of moved) parts.set(name, data);

  // Relationship targets are relative to the source part's folder, or absolute from the root.
  for (const name of [...parts.keys()].filter((n) => n.endsWith('.rels'))) {
    const source = posix.join(posix.dirname(posix.dirname(name)), posix.basename(name, '.rels'));
    const rels = text(parts.get(name)!).replace(/(<Relationship\b[^>]*\bTarget=")([^"]+)(")/g, (all0, before: string, target: string, after: string) => {
      if (/TargetMode="External"/.test(all0) || /^[a-z]+:/i.test(target)) return all0;
      const resolved = target.startsWith('/') ? target.slice(1) : posix.join(posix.dirname(source), target);
      const to = renames.get(resolved);
      return to ? `${before}${target.slice(0, target.length - posix.basename(target).length)}${posix.basename(to)}${after}` : all0;
    });
    parts.set(name, bytes(rels));
  }
  const types = text(parts.get(CONTENT_TYPES)!).replace(/PartName="\/([^"]+)"/g, (all0, part: string) => (renames.has(part) ? `PartName="/${renames.get(part)}"` : all0));
  parts.set(CONTENT_TYPES, bytes(types));
}

export function renumberCharts(parts: Parts): void {
  renameParts(parts, renumbering(parts, /^ppt\/charts\/chart(\d+)\.xml$/, (n) => `ppt/charts/chart${n}.xml`));
  renameParts(parts, renumbering(parts, /^ppt\/embeddings\/Microsoft_Excel_Worksheet(\d+)\.xlsx$/, (n) => `ppt/embeddings/Microsoft_Excel_Worksheet${n}.xlsx`));
}

/** Adds a part with its content type and a package-level relationship (_rels/.rels). */
export function addPackagePart(parts: Parts, name: string, contentType: string, relType: string, data: string): void {
  parts.set(name, bytes(data));
  const types = text(parts.get(CONTENT_TYPES)!);
  if (!types.includes(`PartName="/${name}"`)) {
    parts.set(CONTENT_TYPES, bytes(types.replace('</Types>', `<Override PartName="/${name}" ContentType="${contentType}"/></Types>`)));
  }
  const rels = text(parts.get('_rels/.rels')!);
  if (!rels.includes(`Target="${name}"`)) {
    const ids = [...rels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
    const id = `rId${Math.max(0, ...ids) + 1}`;
    parts.set('_rels/.rels', bytes(rels.replace('</Relationships>', `<Relationship Id="${id}" Type="${relType}" Target="${name}"/></Relationships>`)));
  }
}

/** The targets of a part's relationships of one type, as part names (e.g. a slide's notes slide). */
export function relatedParts(parts: Parts, part: string, type: string): string[] {
  const rels = parts.get(posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`));
  if (!rels) return [];
  return [...text(rels).matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((r) => r.includes(`/relationships/${type}"`))
    .map((r) => {
      const target = /Target="([^"]+)"/.exec(r)![1]!;
      return target.startsWith('/') ? target.slice(1) : posix.join(posix.dirname(part), target);
    });
}
