import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'earlier-studies',
  title: 'What earlier studies found about doorways',
  evidence: ['human-tissue-study', 'guideline'],
  sources: ['rohan2014', 'korde2021'],
  body: [
    {
      type: 'list',
      items: [
        'Before this study, researchers counted doorways in tumor samples from patients.',
        'In one common type of breast cancer, tumors with more doorways were more likely to spread.',
        'That is a link. It does not prove that doorways cause spread.',
        'Doorway counts are not used to choose treatment today.',
      ],
    },
  ],
  notes: {
    say: [
      'Doorways were not new in 2017. Earlier, in 2014, researchers counted doorways in old tumor samples from 259 pairs of patients.',
      'In one common type of breast cancer, tumors with more doorways were more likely to spread later. In other types, they did not find this link.',
      'A link is not the same as a cause. It only tells us that two things tend to go together.',
      'Today, guidelines for cancer doctors do not use doorway counts to choose treatment. There is not enough evidence for that yet.',
    ],
    question: 'Can I ask for my doorways to be counted?',
    answer:
      'Doorway counts are not part of routine care, and guidelines do not use them to choose treatment. Your care team can tell you which tests matter for you.',
  },
});
