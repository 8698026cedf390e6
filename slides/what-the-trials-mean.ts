import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'what-the-trials-mean',
  title: 'What the trials can and cannot tell us',
  evidence: 'randomized-trials',
  sources: ['ebctcg2018', 'mdedgePierce', 'rastogi2008', 'nsabpB18'],
  body: [
    {
      id: 'trial-limits',
      type: 'list',
      items: [
        { facts: ['trials-spread', 'trials-deaths'], text: 'Spread and breast cancer deaths: about the same either way.' },
        { facts: ['trials-local', 'trials-breast'], text: 'With chemo first, cancer came back nearby somewhat more often, but more women kept their breast.' },
        { facts: ['trials-era'], text: 'Women joined from 1983 to 2002, so the drugs were older.' },
      ],
    },
    { type: 'callout', tone: 'key-point', facts: ['trials-era'], text: 'Still, these trials are the best evidence on spread and survival.' },
  ],
  notes: {
    say: [
      {
        facts: ['trials-spread', 'trials-deaths'],
        text: 'So what do these trials tell us? Whether chemo came before or after surgery, cancer spread to other organs just as often. Deaths from breast cancer were about the same too.',
      },
      {
        facts: ['trials-local', 'trials-breast'],
        text: 'There was a trade-off. With chemo first, cancer came back in the same breast or nearby somewhat more often. But more women could keep their breast.',
      },
      {
        facts: ['b18-design', 'b18-survival', 'b18-conclusion'],
        text: [
          'One large trial, called B-18, shows the same picture. In it, ',
          { num: 'b18-design.before' },
          ' women had chemo before surgery and ',
          { num: 'b18-design.after' },
          ' had it after. After ',
          { num: 'b18-survival.years' },
          ' years, about ',
          { num: 'b18-survival.chemoFirst' },
          ' women with chemo first were alive, and ',
          { num: 'b18-survival.surgeryFirst' },
          ' with surgery first.',
        ],
      },
      {
        facts: ['trials-era'],
        text: [
          'These trials have limits. Women joined them between ',
          { num: 'trials-era.from' },
          ' and ',
          { num: 'trials-era.to' },
          '. Most of the chemo came from an older drug family, not the main drug of the mouse study. Even so, they are the best evidence we have on spread and survival.',
        ],
      },
    ],
    short: {
      say: [
        {
          facts: ['trials-era'],
          text: [
            'These trials have limits. Women joined them between ',
            { num: 'trials-era.from' },
            ' and ',
            { num: 'trials-era.to' },
            ', so the drugs were older. Even so, they are the best evidence we have on spread and survival.',
          ],
        },
      ],
    },
    question: 'Do these trials mean chemo before surgery is right for me?',
    answer: {
      facts: ['trials-spread', 'trials-deaths', 'ask-why-order'],
      text: 'Across thousands of women, the order did not change spread or survival. Your care team can explain why they chose chemo first, or surgery first, for you.',
    },
  },
});
