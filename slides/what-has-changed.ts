import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'what-has-changed',
  title: 'What has and has not changed since 2017',
  facts: ['study-published'],
  evidence: ['guideline', 'early-clinical-trial'],
  sources: ['korde2021', 'montefiore2024', 'karagiannis2017', 'figureLegends2017', 'metastat2017', 'medicalxpress2017', 'ebctcg2018', 'mdedgePierce'],
  body: [
    {
      id: 'what-changed',
      type: 'list',
      items: [
        { facts: ['guideline-none-changed'], text: 'No guideline we found has changed because of it.' },
        { facts: ['guideline-asco'], text: 'A 2021 guideline still supports chemo before surgery for some patients.' },
      ],
    },
    {
      // The handout prints this callout as its one line on availability and costs (slides/handout.ts).
      id: 'costs',
      type: 'callout',
      tone: 'key-point',
      facts: ['rebastinib-status', 'guideline-doorway-test', 'nothing-to-buy'],
      text: 'As of 2024, rebastinib was experimental and not approved, and counting doorways is a research test. There is nothing to buy or pay for because of this study.',
    },
  ],
  notes: {
    say: [
      {
        facts: ['guideline-none-changed', 'study-published'],
        text: 'What has changed since 2017? We looked for treatment guidelines that changed because of this study, and found none.',
      },
      {
        facts: ['guideline-asco', 'guideline-doorway-test'],
        text: [
          'A guideline from the American Society of Clinical Oncology, a large group of US cancer doctors, came out in ',
          { num: 'guideline-asco.year' },
          '. It still supports chemo before surgery for some patients. It does not use doorway counts: it says there is not enough evidence for extra tests like that.',
        ],
      },
      {
        facts: ['rebastinib-status', 'mice-blocked'],
        text: 'Rebastinib is the drug that blocked the extra spread in mice. As of November 2024, it was still experimental and not approved by the US Food and Drug Administration.',
      },
      {
        facts: ['rebastinib-trial'],
        text: 'That month, a team reported a small early trial in people whose breast cancer had already spread. It looked for the right dose for future trials.',
      },
      {
        facts: ['rebastinib-trials-only', 'nothing-to-buy'],
        text: 'So rebastinib is not a treatment your doctor can prescribe. And there is nothing to buy or pay for because of this study: the doorway count is a research test.',
      },
    ],
    short: {
      say: [
        {
          facts: ['guideline-none-changed', 'guideline-asco', 'guideline-doorway-test'],
          text: 'We found no treatment guideline that changed because of this study. Chemo before surgery is still a standard choice for many people. Counting doorways is a research test.',
        },
        {
          facts: ['rebastinib-status', 'nothing-to-buy'],
          text: 'As of November 2024, rebastinib was still experimental and not approved. So there is nothing to buy or pay for because of this study.',
        },
      ],
    },
    question: 'Why has nothing changed, if the study found something worrying?',
    answer: {
      facts: ['mice-blood-and-lungs', 'women-markers-only', 'trials-deaths', 'guideline-none-changed'],
      text: 'The extra spread was seen in mice. In women, the study counted signs in tissue. Trials in thousands of women found about the same survival either way, and guidelines follow that evidence.',
    },
  },
});
