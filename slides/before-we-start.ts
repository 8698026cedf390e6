import { defineCaveatsSlide } from './define.ts';

export default defineCaveatsSlide({
  id: 'before-we-start',
  title: 'Before we start: what this study can and cannot tell you',
  evidence: ['mouse-study', 'human-tissue-study'],
  sources: ['karagiannis2017', 'medicalxpress2017', 'chavez2016'],
  body: [
    {
      id: 'caveats',
      type: 'list',
      items: [
        'Most of it was done in mice.',
        'In people, it looked at bits of tumor from about 20 women.',
        'It did not show whether these women’s cancer spread.',
      ],
    },
    {
      id: 'do-not-stop',
      type: 'callout',
      tone: 'key-point',
      text: 'Do not stop or delay treatment because of it. Long waits for chemo went with lower survival. Talk to your care team.',
    },
  ],
  notes: {
    say: [
      'Before we look at the details, here is what this study can and cannot tell you.',
      'First, it is not new. It came out in July 2017.',
      'Second, most of the work was done in mice. What happens in mice may not happen in people.',
      'Third, the part about people looked at small bits of tumor from about 20 women, under a microscope. It counted signs in the tissue. It did not show whether these women’s cancer later spread, or how long they lived.',
      'Most important: please do not stop or delay your treatment because of this study. In a large study, waiting 3 months or more to start chemo went with a lower chance of survival. Bring your questions to your care team. That means the doctors and nurses who look after you.',
    ],
    short: {
      say: [
        'Here is what this study can and cannot tell you. It is not new: it came out in July 2017. Most of the work was done in mice, and mice are not people.',
        'In people, it looked at small bits of tumor from about 20 women. It counted signs in the tissue. It did not show whether their cancer later spread, or how long they lived.',
        'Please do not stop or delay your treatment because of this study. Waiting 3 months or more to start chemo after surgery went with a lower chance of survival. Bring your questions to your care team.',
      ],
    },
    question: 'Then why did the news say chemo makes cancer more aggressive?',
    answer:
      'The headline went further than the study. The extra spread was seen in mice. In women, the study only counted signs in bits of tumor.',
  },
});
