import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'earlier-studies',
  title: 'What earlier studies found about doorways',
  evidence: ['human-tissue-study', 'guideline'],
  sources: ['rohan2014', 'korde2021', 'karagiannis2017'],
  body: [
    {
      type: 'list',
      facts: ['earlier-doorways'],
      items: [
        'Before this study, researchers counted doorways in stored tumor samples.',
        'In one common type of breast cancer, tumors with more doorways were more likely to spread.',
        'That is a link. It does not prove that doorways cause spread.',
        { facts: ['guideline-doorway-test'], text: 'Doorway counts are not used to choose treatment today.' },
      ],
    },
  ],
  notes: {
    say: [
      {
        facts: ['earlier-doorways', 'study-published'],
        text: ['Doorways were not new in 2017. In a study reported in ', { num: 'earlier-doorways.year' }, ', researchers counted doorways in old tumor samples from ', { num: 'earlier-doorways.pairs' }, ' pairs of patients.'],
      },
      { facts: ['earlier-doorways'], text: 'In one common type of breast cancer, tumors with more doorways were more likely to spread later. In other types, they did not find this link.' },
      { facts: ['earlier-doorways'], text: 'A link is not the same as a cause. It only tells us that two things tend to go together.' },
      { facts: ['guideline-doorway-test'], text: 'Today, guidelines for cancer doctors do not use doorway counts to choose treatment. There is not enough evidence for that yet.' },
    ],
    question: 'Can I ask for my doorways to be counted?',
    answer: {
      facts: ['guideline-doorway-test', 'no-test-to-ask-for', 'ask-care-team'],
      text: 'Doorway counts are a research test, not part of routine care. Your care team can tell you which tests matter for you.',
    },
  },
});
