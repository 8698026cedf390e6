import { defineCaveatsSlide } from './define.ts';

export default defineCaveatsSlide({
  id: 'before-we-start',
  title: 'Before we start: what this study can and cannot tell you',
  evidence: ['mouse-study', 'human-tissue-study'],
  sources: ['karagiannis2017', 'medicalxpress2017'],
  body: [
    {
      type: 'list',
      items: [
        'It is from 2017. It is not new.',
        'Most of it was done in mice.',
        'In people, it looked at bits of tumor from about 20 women.',
        'It did not show more spread or shorter lives.',
      ],
    },
    {
      type: 'callout',
      tone: 'key-point',
      text: 'Do not stop or delay treatment because of it. Talk to your care team.',
    },
  ],
  notes: {
    say: [
      'Before we look at the details, here is what this study can and cannot tell you.',
      'First, it is not new. It came out in July 2017.',
      'Second, most of the work was done in mice. What happens in mice may not happen in people.',
      'Third, the part about people looked at small bits of tumor from about 20 women, under a microscope. It did not show that these women had more spread or shorter lives.',
      'Most important: please do not stop or delay your treatment because of this study. Bring your questions to your care team. That means the doctors and nurses who look after you.',
    ],
    question: 'Then why did the news say chemo makes cancer more aggressive?',
    answer:
      'The headline went further than the study. The extra spread was seen in mice. In women, the study only counted signs in bits of tumor.',
  },
});
