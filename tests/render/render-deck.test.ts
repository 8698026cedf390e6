import { beforeAll, describe, expect, it } from 'vitest';
import type { AssetMap } from '../../src/render/context.ts';
import { compileDeck } from '../../src/model/compile.ts';
import { inlineFigures } from '../../src/render/figure.ts';
import { renderDeck } from '../../src/render/render-deck.ts';
import { DOORWAY_SVG, fixtureDeck, mutableFixture } from '../fixtures/fixture-deck.ts';

const assets: AssetMap = new Map([['doorway.svg', { kind: 'svg', markup: DOORWAY_SVG }]]);

function render(deck = fixtureDeck() as unknown): HTMLElement {
  const host = document.createElement('div');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  host.appendChild(renderDeck(compileDeck({ deck: deck as any }), document, assets));
  // The figures' drawings go in as the build serialises the page (src/build/render-html.ts).
  host.innerHTML = inlineFigures(host.innerHTML, assets);
  return host;
}

describe('renderDeck', () => {
  let host: HTMLElement;
  beforeAll(() => {
    host = render();
  });

  it('renders one <section id> per slide, in deck order', () => {
    const ids = [...host.querySelectorAll(':scope > section')].map((s) => s.id);
    expect(ids).toEqual(fixtureDeck().slides.map((s) => s.id));
  });

  it('gives each slide exactly one heading: h1 on the title slide, h2 elsewhere', () => {
    for (const section of host.querySelectorAll('section')) {
      const headings = section.querySelectorAll('h1, h2, h3, h4, h5, h6');
      expect(headings.length, section.id).toBe(1);
      expect(headings[0]!.tagName).toBe(section.id === 'title' ? 'H1' : 'H2');
    }
    expect(host.querySelector('#chart-slide h2')?.textContent).toBe('A chart');
  });

  it('puts speaker notes in aside.notes with the likely question and answer', () => {
    const notes = host.querySelector('#figure-slide aside.notes')!;
    expect([...notes.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Point at it.',
      'They may ask: What is it?',
      'You can answer: A doorway.',
    ]);
  });

  it('shows the evidence badge with an accessible prefix', () => {
    const badges = host.querySelector('#before-we-start .evidence-badges')!;
    expect(badges.textContent).toBe('Kind of evidence: Mouse study');
    expect(host.querySelector('#title .evidence-badges')).toBeNull();
  });

  it('makes stepwise list items fragments', () => {
    const items = host.querySelectorAll('#before-we-start ul.bullets > li');
    expect(items).toHaveLength(2);
    for (const li of items) expect(li.classList.contains('fragment')).toBe(true);
  });

  it('renders the defining use of a term as <dfn> linked to the glossary slide', () => {
    const dfn = host.querySelector('#before-we-start dfn')!;
    expect(dfn.textContent).toBe('TMEM doorway');
    expect(dfn.querySelector('a')?.getAttribute('href')).toBe('#/words-to-know');
  });

  it('renders inline citations as the source number, linked to the sources slide', () => {
    const cite = host.querySelector('#before-we-start a.cite')!;
    expect(cite.textContent).toBe('[2]');
    expect(cite.getAttribute('href')).toBe('#/sources');
  });

  it('lists the slide sources (declared and cited inline) under the slide', () => {
    expect(host.querySelector('#before-we-start .slide-sources')?.textContent).toBe('Sources: [1] Alpha 2017 · [2] Beta 2018');
  });

  it('inlines SVG figures as images named once by their alt text, inside a figure named by its figcaption', () => {
    const figure = host.querySelector('#figure-slide figure')!;
    const svg = figure.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    // Named by its <title> alone: aria-labelledby would make Chromium read the title twice
    // (as name and as description).
    expect(svg.hasAttribute('aria-labelledby')).toBe(false);
    expect(svg.querySelectorAll('title')).toHaveLength(1);
    expect(svg.firstElementChild?.localName).toBe('title');
    expect(svg.querySelector('title')?.textContent).toBe('Three cells touching at a blood vessel.');
    // Everything drawn is hidden from the accessibility tree: the alt text says it once.
    const drawn = [...svg.children].filter((c) => c.localName !== 'title');
    expect(drawn.length).toBeGreaterThan(0);
    for (const node of drawn) expect(node.getAttribute('aria-hidden'), node.localName).toBe('true');
    const caption = figure.querySelector('figcaption')!;
    expect(caption.textContent).toBe('A doorway.');
    expect(caption.id).not.toBe('');
    expect(figure.getAttribute('aria-labelledby')).toBe(caption.id);
  });

  it('strips scripts, event handlers and outside links from SVG files', () => {
    const svg = host.querySelector('#figure-slide svg')!;
    expect(svg.querySelector('script')).toBeNull();
    expect(svg.querySelector('[onclick]')).toBeNull();
    expect(svg.querySelector('a')?.hasAttribute('href')).toBe(false);
    expect(svg.textContent).toContain('Doorway');
  });

  it('splits a split layout into a text column and a visual column', () => {
    const body = host.querySelector('#figure-slide .slide-body.split')!;
    expect(body.querySelector('.column-text p')).not.toBeNull();
    expect(body.querySelector('.column-visual figure')).not.toBeNull();
  });

  it('draws a chart and gives the same numbers in a table, as natural frequencies', () => {
    const chart = host.querySelector('#chart-slide figure.chart')!;
    expect(chart.querySelector('svg title')?.textContent).toBe('Both groups had the same rate.');
    expect([...chart.querySelectorAll('svg text.value')].map((t) => t.textContent)).toEqual(['38 in 100', '38 in 100']);
    const rows = [...chart.querySelectorAll('table tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['What was counted', 'Before surgery', 'After surgery'],
      ['Spread', '38 in 100', '38 in 100'],
    ]);
    expect(chart.querySelector('tbody th')?.getAttribute('scope')).toBe('row');
    // The table is captioned by what its numbers count; the chart's drawing is hidden from
    // assistive technology (the alt text and the table say it).
    expect(chart.querySelector('table > caption')?.textContent).toBe('4,756 women in 10 trials');
    expect(chart.querySelector('svg > g')?.getAttribute('aria-hidden')).toBe('true');
    expect(chart.querySelector('svg')?.hasAttribute('aria-labelledby')).toBe(false);
    expect(chart.getAttribute('aria-labelledby')).toBe(chart.querySelector('figcaption')?.id);
  });

  it('renders references in short (label, journal, kind: the reading view has them in full) with DOI links, numbered as in the registry', () => {
    const items = [...host.querySelectorAll('#sources ol.references > li')];
    expect(items.map((li) => li.getAttribute('value'))).toEqual(['1', '2']);
    expect(items[1]!.querySelector('a')?.getAttribute('href')).toBe('https://doi.org/10.1000/beta');
    expect(items[1]!.textContent).toContain('Beta 2018. Journal of Tests (Mouse study)');
  });

  it('renders the glossary and the deck facts from the registries', () => {
    expect([...host.querySelectorAll('#words-to-know dt')].map((d) => d.textContent)).toEqual(['TMEM doorway', 'chemo']);
    const info = host.querySelector('#about-this-deck dl.deck-info')!.textContent;
    expect(info).toContain('Facts last checked');
    expect(info).toContain('January 1, 2026');
    expect(info).toContain('July 1, 2026');
    expect(info).toContain('Clinical reviewNot yet reviewed by a clinician.');
  });

  it('sets content strings as text: markup in content is shown, never run', () => {
    const deck = mutableFixture();
    deck.slides[2].title = '<img src=x onerror="alert(1)">';
    deck.slides[2].body[0].text = ['<script>alert(1)</script>', { em: '<b>bold?</b>' }];
    deck.slides[2].notes.say = ['<iframe src="https://example.com"></iframe>'];
    const out = render(deck);
    const slide = out.querySelector('#figure-slide')!;
    expect(slide.querySelector('h2')?.textContent).toBe('<img src=x onerror="alert(1)">');
    expect(slide.querySelector('.slide-body p')?.textContent).toBe('<script>alert(1)</script><b>bold?</b>');
    expect(slide.querySelector('aside.notes p')?.textContent).toBe('<iframe src="https://example.com"></iframe>');
    expect(slide.querySelectorAll('script, iframe, img, b')).toHaveLength(0);
  });
});
