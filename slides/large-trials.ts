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
      alt: 'Spread to other organs: 38 in 100 women either way. Cancer back in the same breast or nearby: 21 in 100 with chemo first, 16 in 100 with surgery first. Kept the breast: 65 in 100 with chemo first, 49 in 100 with surgery first.',
      caption: [
        'From 10 ',
        { term: 'randomizedTrial', text: 'randomized trials', define: true },
        ': chance decided who had chemo first. Bring these numbers when you ask why chemo first, or surgery first, was chosen for you.',
      ],
      unit: 'per-100',
      series: ['Chemo before surgery', 'Chemo after surgery'],
      rows: [
        { label: 'Cancer spread to other organs', values: [38.2, 38.0] },
        { label: 'Cancer came back in the same breast or nearby', values: [21.4, 15.9] },
        { label: 'Kept their breast', values: [65, 49] },
      ],
      denominator: 'Per 100 women, out of 4,756 women in 10 trials. Spread and coming back: within 15 years.',
    },
  ],
  notes: {
    say: [
      'This is the strongest evidence we have about people. A research group combined 10 randomized trials with 4,756 women. In these trials, chance decided who had chemo before surgery and who had the same chemo after.',
      'Top row: within 15 years, about 38 in 100 women had cancer spread to other organs. The order made no real difference.',
      'Middle row: cancer came back in the same breast or nearby. With chemo first, that happened to about 21 in 100 women. With surgery first, it was 16 in 100.',
      'Bottom row: with chemo first, 65 in 100 women kept their breast. With surgery first, 49 in 100 did.',
      'Deaths from breast cancer were about the same either way.',
      'Here is how you can use this chart. Bring these numbers to your next visit. Ask why chemo first, or surgery first, was chosen for you. Ask what each row means for you.',
    ],
    short: {
      say: [
        'This is the strongest evidence about people: 10 randomized trials with 4,756 women. Chance decided who had chemo before surgery and who had the same chemo after.',
        'Within 15 years, about 38 in 100 women had cancer spread to other organs, either way. Deaths from breast cancer were about the same.',
        'With chemo first, cancer came back in the same breast or nearby for 21 in 100 women, against 16. And 65 in 100 kept their breast, against 49.',
        'Bring these numbers when you ask why chemo first, or surgery first, was chosen for you.',
      ],
    },
    question: 'Why did cancer come back nearby more often with chemo first?',
    answer:
      'The trials show the difference, but these numbers alone do not explain it. Your care team can tell you what it means for your own treatment plan.',
  },
});
