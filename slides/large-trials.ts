import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'large-trials',
  title: 'What large trials in people show',
  evidence: 'randomized-trials',
  sources: ['ebctcg2018', 'mdedgePierce'],
  body: [
    {
      id: 'trials-chart',
      type: 'chart',
      facts: ['trials-design', 'ask-why-order'],
      alt: [
        'Cancer spread to other organs: ',
        { num: 'trials-spread.chemoFirst' },
        ' women either way. Cancer back in the same breast or nearby: ',
        { num: 'trials-local.chemoFirst' },
        ' with chemo first, ',
        { num: 'trials-local.surgeryFirst' },
        ' with surgery first. Kept the breast: ',
        { num: 'trials-breast.chemoFirst' },
        ' with chemo first, ',
        { num: 'trials-breast.surgeryFirst' },
        ' with surgery first.',
      ],
      caption: [
        'From 10 ',
        { term: 'randomizedTrial', text: 'randomized trials', define: true },
        ': chance decided who had chemo first. Bring these numbers when you ask why chemo first, or surgery first, was chosen for you.',
      ],
      unit: 'per-100',
      series: ['Chemo before surgery', 'Chemo after surgery'],
      rows: [
        { label: 'Cancer spread to other organs', fact: 'trials-spread', values: ['chemoFirst', 'surgeryFirst'] },
        { label: 'Cancer came back in the same breast or nearby', fact: 'trials-local', values: ['chemoFirst', 'surgeryFirst'] },
        { label: 'Kept their breast', fact: 'trials-breast', values: ['chemoFirst', 'surgeryFirst'] },
      ],
      denominator: ['Per 100 women, out of ', { num: 'trials-design.women' }, ' women in ', { num: 'trials-design.trials' }, ' trials. Spread and coming back: within ', { num: 'trials-spread.years' }, ' years.'],
    },
  ],
  notes: {
    say: [
      {
        facts: ['trials-design'],
        text: [
          'This is the strongest evidence we have about people. A research group pooled ',
          { num: 'trials-design.trials' },
          ' randomized trials with ',
          { num: 'trials-design.women' },
          ' women. In each trial, chance decided who had chemo before surgery, and who had the same chemo after.',
        ],
      },
      {
        facts: ['trials-spread'],
        text: ['Top row: within ', { num: 'trials-spread.years' }, ' years, cancer spread to other organs in about ', { num: 'trials-spread.chemoFirst' }, ' women. That was the same whether chemo came first or second.'],
      },
      {
        facts: ['trials-local'],
        text: ['Middle row: cancer came back in the same breast or nearby somewhat more often with chemo first. That was about ', { num: 'trials-local.chemoFirst' }, ' women, against ', { num: 'trials-local.surgeryFirst' }, ' with surgery first.'],
      },
      {
        facts: ['trials-breast'],
        text: ['Bottom row: with chemo first, ', { num: 'trials-breast.chemoFirst' }, ' women kept their breast. With surgery first, ', { num: 'trials-breast.surgeryFirst' }, ' did.'],
      },
      { facts: ['trials-deaths'], text: 'Deaths from breast cancer were about the same either way.' },
      { facts: ['ask-why-order'], text: 'You can use this chart. Bring these numbers to your next visit, and ask why chemo first, or surgery first, was chosen for you.' },
    ],
    short: {
      say: [
        {
          facts: ['trials-design', 'trials-spread', 'trials-deaths'],
          text: [
            'This is the strongest evidence about people: ',
            { num: 'trials-design.trials' },
            ' randomized trials with ',
            { num: 'trials-design.women' },
            ' women. Chance decided who had chemo before surgery. Spread to other organs, and deaths from breast cancer, were about the same either way.',
          ],
        },
        {
          facts: ['trials-local', 'trials-breast'],
          text: [
            'With chemo first, cancer came back nearby for ',
            { num: 'trials-local.chemoFirst' },
            ' women, against ',
            { num: 'trials-local.surgeryFirst' },
            '. But ',
            { num: 'trials-breast.chemoFirst' },
            ' kept their breast, against ',
            { num: 'trials-breast.surgeryFirst' },
            '.',
          ],
        },
        { facts: ['ask-why-order'], text: 'Bring these numbers when you ask why chemo first, or surgery first, was chosen for you.' },
      ],
    },
    question: 'Why did cancer come back nearby more often with chemo first?',
    answer: {
      facts: ['trials-local', 'ask-care-team'],
      text: 'The trials show the difference, but these numbers alone do not explain it. Your care team can tell you what it means for your own treatment plan.',
    },
  },
});
