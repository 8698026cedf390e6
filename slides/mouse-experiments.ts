import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'mouse-experiments',
  title: 'What the researchers did in mice',
  evidence: 'mouse-study',
  sources: ['karagiannis2017', 'figureLegends2017', 'oncologynews2017'],
  body: [
    { type: 'paragraph', text: 'The researchers used mice with breast tumors.' },
    {
      type: 'list',
      style: 'numbered',
      stepwise: true,
      items: [
        ['Some mice got ', { term: 'paclitaxel' }, ', a common chemo drug. Others got none.'],
        'They watched the tumors in living mice under a microscope.',
        'They counted doorways, and cancer cells in blood and lungs.',
      ],
    },
    { type: 'callout', tone: 'caveat', text: 'What happens in mice may not happen in people.' },
  ],
  notes: {
    say: [
      'Most of this study was done in mice. The team used three kinds of mice with breast tumors. Some of the tumors came from human patients and were grown in mice.',
      'Some mice got a chemo drug called paclitaxel. It is a common chemo drug for breast cancer. Other mice got no chemo.',
      'The team watched the tumors in living mice under a special microscope. They watched each mouse for about four and a half hours.',
      'Then they counted doorways, and cancer cells in the blood and lungs of the mice. They also tried two other chemo drugs in mice, with similar results.',
    ],
    question: 'Why do researchers use mice?',
    answer:
      'In mice, researchers can watch what happens inside a living tumor. But mice are not people, so results in mice must be checked in people.',
  },
});
