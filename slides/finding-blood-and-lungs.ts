import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'finding-blood-and-lungs',
  title: 'In mice: more cancer cells got into the blood',
  evidence: 'mouse-study',
  sources: ['karagiannis2017', 'figureLegends2017'],
  body: [
    {
      type: 'list',
      stepwise: true,
      items: [
        'In mice on chemo, the doorways were more active.',
        'The blood vessels of these mice leaked more at the doorways.',
        'These mice had more cancer cells in their blood.',
        'These mice also had more cancer spread to their lungs.',
      ],
    },
    { type: 'callout', tone: 'caveat', text: 'All of these results are from mice.' },
  ],
  notes: {
    say: [
      'The second finding, again in mice. In mice that got chemo, the doorways were more active. The team saw the blood vessels leak more at the doorways.',
      'These mice had more cancer cells in their blood. These mice also had more cancer spread to their lungs.',
      'The paper has exact counts for these mouse results. We could not check them, so we leave them out rather than guess.',
    ],
    short: {
      say: [
        'The study looked at tiny spots in a tumor where three cells touch. The team calls them doorways. In animal studies, cancer cells got into the blood there.',
        'In mice given the chemo drug paclitaxel, the doorways were more active, and the blood vessels leaked more there.',
        'These mice had more cancer cells in their blood, and more spread to their lungs. In mice, an experimental drug that blocks the doorways stopped this extra spread. All of this was in mice.',
      ],
    },
    question: 'Did this happen to the women in the study too?',
    answer:
      'This study cannot tell us. In the women, it only measured signs in tumor tissue. It did not show whether these women’s cancer spread, or how long they lived.',
  },
});
