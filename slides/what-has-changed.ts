import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'what-has-changed',
  title: 'What has and has not changed since 2017',
  evidence: 'guideline',
  sources: ['korde2021', 'montefiore2024'],
  body: [
    {
      id: 'what-changed',
      type: 'list',
      items: [
        'We found no treatment guideline that changed because of this study.',
        'A 2021 guideline from US cancer doctors still supports chemo before surgery for some patients.',
        'Counting doorways is not part of routine care.',
      ],
    },
    {
      id: 'costs',
      type: 'callout',
      tone: 'key-point',
      text: 'There is nothing to buy, test for or ask for because of this study.',
    },
  ],
  notes: {
    say: [
      'What has changed since 2017? We looked for treatment guidelines that changed because of this study, and found none.',
      'A guideline from the American Society of Clinical Oncology, a large group of US cancer doctors, came out in 2021. It still supports chemo before surgery for some patients.',
      'That guideline does not use doorway counts. It says there is not enough evidence for extra tests like that.',
      'So there is nothing to buy or pay for because of this study. The doorway count is a research test. Rebastinib is not approved. Research on doorways goes on, including early drug trials.',
    ],
    question: 'Why has nothing changed, if the study found something worrying?',
    answer:
      'The extra spread was seen in mice. In women, leftover tumors after chemo also tended to have more doorways, but that is a sign in tissue. Trials in thousands of women found about the same survival either way. Guidelines follow the evidence on outcomes in people.',
  },
});
