import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'mice-spread',
  title: 'In mice: more cancer cells in the blood and lungs',
  evidence: ['mouse-study', 'background'],
  sources: ['karagiannis2017', 'figureLegends2017', 'metastat2017', 'oncologynews2017', 'montefiore2024', 'medicalxpress2017', 'borriello2020'],
  body: [
    {
      id: 'spread-findings',
      type: 'list',
      stepwise: true,
      items: [
        { facts: ['mice-leaky-doorways'], text: 'In mice on chemo, vessels leaked more at the doorways.' },
        { facts: ['mice-blood-and-lungs'], text: 'These mice had more cancer cells in their blood and lungs.' },
        { facts: ['mice-blocked'], text: ['In mice, an experimental drug, ', { term: 'rebastinib', define: true }, ', blocked this extra spread.'] },
        { facts: ['mice-blocked', 'mena-protein'], text: 'In mice, so did taking away Mena, a protein that helps cells move.' },
      ],
    },
    { id: 'mice-only', type: 'callout', tone: 'caveat', facts: ['study-mostly-mice'], text: 'All of this was in mice.' },
  ],
  notes: {
    say: [
      { facts: ['mice-leaky-doorways'], text: 'The second finding, again in mice. In mice that got chemo, the doorways were more active. The blood vessels of these mice leaked more at the doorways.' },
      {
        facts: ['mice-blood-and-lungs', 'mice-other-drugs'],
        text: 'These mice had more cancer cells in their blood, and more cancer spread to their lungs. In mice, two other chemo drugs gave similar results.',
      },
      { facts: ['rebastinib-what'], text: 'Then the team tried to block the doorways. Rebastinib is an experimental drug that blocks a signal the doorway’s immune cells use.' },
      { facts: ['mice-blocked'], text: 'In mice, rebastinib stopped the extra spread after chemo. In mice, so did taking away Mena, a protein that helps cancer cells move.' },
      { facts: ['mice-no-numbers', 'women-no-rebastinib'], text: 'We leave out exact counts for these mouse results, because we could not check them. And rebastinib was not given to the women in this study.' },
    ],
    short: {
      say: [
        { facts: ['mice-leaky-doorways', 'mice-blood-and-lungs'], text: 'In mice that got chemo, the doorways were more active. These mice had more cancer cells in their blood, and more spread to their lungs.' },
        { facts: ['mice-blocked', 'rebastinib-what'], text: 'In mice, an experimental drug called rebastinib stopped this extra spread. All of this was in mice.' },
      ],
    },
    question: 'Did this happen to the women in the study too?',
    answer: {
      facts: ['women-markers-only'],
      text: 'This study cannot tell us. In the women, it only measured signs in tumor tissue. It did not show whether their cancer spread, or how long they lived.',
    },
  },
});
