// The content shape is declared twice, on purpose: as TypeScript types (src/model/types.ts), so a
// wrong id or a missing field does not compile, and as a zod schema (src/model/schema.ts), for
// input that did not go through the compiler. This file makes them agree: `npm test` type-checks
// it first (tsc), so a field added to one and not the other fails the build of the tests.

import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { EVIDENCE_KINDS, type EvidenceKind } from '../../src/model/evidence.ts';
import { LAYOUTS, SLIDE_KINDS, SOURCE_TYPES } from '../../src/model/kinds.ts';
import type { blockSchema, glossaryEntrySchema, metaSchema, notesSchema, slideSchema, sourceSchema } from '../../src/model/schema.ts';
import type { AnyBlock, DeckMeta, GlossaryEntry, Layout, Notes, Slide, SlideKind, Source, SourceType, Ids } from '../../src/model/types.ts';

/** What the schema accepts, with readonly fields and arrays as the types declare them. */
type Frozen<T> = T extends (infer U)[] ? readonly Frozen<U>[] : T extends object ? { readonly [K in keyof T]: Frozen<T[K]> } : T;
type Parsed<S extends z.ZodType> = Frozen<z.output<S>>;

describe('the types and the schema describe the same content', () => {
  it('the closed sets come from one list each', () => {
    expectTypeOf<(typeof SLIDE_KINDS)[number]>().toEqualTypeOf<SlideKind>();
    expectTypeOf<(typeof SOURCE_TYPES)[number]>().toEqualTypeOf<SourceType>();
    expectTypeOf<(typeof LAYOUTS)[number]>().toEqualTypeOf<Layout>();
    expectTypeOf<(typeof EVIDENCE_KINDS)[number]>().toEqualTypeOf<EvidenceKind>();
    expectTypeOf<Parsed<typeof slideSchema>['kind']>().toEqualTypeOf<SlideKind>();
    expectTypeOf<Parsed<typeof sourceSchema>['type']>().toEqualTypeOf<SourceType>();
    expect(SLIDE_KINDS.length).toBeGreaterThan(0);
  });

  it('blocks, notes, sources, glossary entries and meta', () => {
    expectTypeOf<Parsed<typeof blockSchema>>().toEqualTypeOf<AnyBlock>();
    expectTypeOf<Parsed<typeof notesSchema>>().toEqualTypeOf<Notes>();
    expectTypeOf<Parsed<typeof sourceSchema>>().toEqualTypeOf<Source>();
    expectTypeOf<Parsed<typeof glossaryEntrySchema>>().toEqualTypeOf<GlossaryEntry>();
    expectTypeOf<Parsed<typeof metaSchema>>().toEqualTypeOf<DeckMeta>();
  });

  it('a slide: the schema accepts every typed slide, and the types allow every field the schema does', () => {
    // The types are stricter in one place the schema checks at run time instead (validate.ts):
    // the title slide carries no evidence badge.
    expectTypeOf<Slide<Ids>>().toExtend<Parsed<typeof slideSchema>>();
    expectTypeOf<keyof Parsed<typeof slideSchema>>().toEqualTypeOf<keyof Slide<Ids>>();
  });
});
