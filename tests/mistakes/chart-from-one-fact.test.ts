// Issue 23, bad cases: a chart value changed (38.2 → 45.2) passed while the chart's alt text and
// the notes still said "38 in 100"; per-100 values of 0.4 and 99.6 were shown as "0 in 100" and
// "100 in 100". The fact registry makes the chart rows, the alt text and the notes show one
// number; these tests hold it to that, and hold every place a share is shown (the text, the
// chart's bars and its table) to "less than 1 in 100" and "more than 99 in 100".

import { describe, expect, it } from 'vitest';
import { slidesHtml } from '../../src/build/render-html.ts';
import { runsText } from '../../src/model/runs.ts';
import { compileDeck } from '../../src/model/compile.ts';
import { runChecks } from '../../src/check/run.ts';
import { formatValue } from '../../src/render/chart.ts';
import { showNumber } from '../../src/model/numbers.ts';
import { loadDeck } from '../../src/load/load-deck.ts';
import type { AnyDeck } from '../../src/model/types.ts';

/** The real deck with one fact's number changed, as an editor would change it in slides/facts/. */
async function deckWith(fact: string, key: string, value: number): Promise<{ deck: AnyDeck; input: Awaited<ReturnType<typeof loadDeck>> }> {
  const input = await loadDeck();
  const facts = structuredClone(input.deck.facts ?? {}) as Record<string, { numbers?: Record<string, { value: number }> }>;
  facts[fact]!.numbers![key]!.value = value;
  return { deck: { ...input.deck, facts } as AnyDeck, input };
}

describe('a chart number changed in its fact', { timeout: 60_000 }, () => {
  it('38.2 → 45.2: the bars, the table, the alt text and the notes all say 45 in 100, none 38', async () => {
    const { deck, input } = await deckWith('trials-spread', 'chemoFirst', 45.2);
    const compiled = compileDeck({ deck, figures: input.figures });
    const slide = compiled.slides.find((s) => s.id === 'large-trials')!;
    const chart = slide.body.find((b) => b.type === 'chart')!;
    if (chart.type !== 'chart') throw new Error('no chart');
    expect(chart.rows[0]!.values[0]).toBe(45.2);
    expect(chart.alt).toContain('Cancer spread to other organs: 45 in 100');
    const notes = slide.parts.filter((p) => p.role === 'notes').map((p) => runsText(p.runs)).join(' ');
    expect(notes).toContain('in about 45 in 100 women');
    const html = slidesHtml(compiled, input.assets);
    const section = html.slice(html.indexOf('<section id="large-trials"'), html.indexOf('</section>', html.indexOf('<section id="large-trials"')));
    expect(section).toContain('>45 in 100<');
    // 38 is still the other arm's number (38.0), and nothing else: the changed arm shows nowhere as 38.
    expect(chart.alt).not.toMatch(/organs: 38 in 100/);
  });

  it('a sentence that types the old number by hand fails the check against the changed fact', async () => {
    const { deck, input } = await deckWith('trials-spread', 'chemoFirst', 45.2);
    const slides = deck.slides.map((s) =>
      s.id !== 'large-trials' ? s : { ...s, notes: { ...s.notes, say: [...s.notes.say, { facts: ['trials-spread'], text: 'With chemo first, about 38 in 100 women had spread.' }] } },
    );
    const report = runChecks({ deck: { ...deck, slides } as unknown as AnyDeck, figures: input.figures });
    expect(report.problems.some((p) => p.rule === 'claim-numbers' && p.slide === 'large-trials' && p.message.includes('"38 in 100"'))).toBe(true);
  });
});

describe('a share out of 100 that is neither 0 nor 100', () => {
  it('0.4 reads "less than 1 in 100" and 99.6 "more than 99 in 100", in the text', () => {
    expect(showNumber({ value: 0.4, unit: 'per-100' }, 'en')).toBe('less than 1 in 100');
    expect(showNumber({ value: 99.6, unit: 'per-100' }, 'en')).toBe('more than 99 in 100');
    expect(showNumber({ value: 0, unit: 'per-100' }, 'en')).toBe('0 in 100');
    expect(showNumber({ value: 100, unit: 'per-100' }, 'en')).toBe('100 in 100');
  });

  it('and on the chart’s bars and in its table (they showed "0 in 100" and "100 in 100")', async () => {
    expect(formatValue(0.4, 'per-100')).toBe('less than 1 in 100');
    expect(formatValue(99.6, 'per-100')).toBe('more than 99 in 100');
    const { deck, input } = await deckWith('trials-spread', 'chemoFirst', 0.4);
    const html = slidesHtml(compileDeck({ deck, figures: input.figures }), input.assets);
    const section = html.slice(html.indexOf('<section id="large-trials"'), html.indexOf('</section>', html.indexOf('<section id="large-trials"')));
    expect(section).toContain('<td>less than 1 in 100</td>');
    expect(section).not.toContain('>0 in 100<');
  }, 60_000);
});
