import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'questions',
  id: 'questions-to-ask',
  title: 'Questions to ask your care team',
  sources: [],
  body: [
    {
      id: 'questions-checklist',
      type: 'list',
      style: 'checklist',
      items: [
        'Why is chemo before, or after, surgery right for my cancer?',
        'What do large studies in people show for someone like me?',
        'Does this mouse study change anything for me?',
        'Are there research studies I could join?',
        'What should I do if I feel worried about my treatment?',
      ],
    },
  ],
  notes: {
    say: [
      'Here are some questions you can take to your next visit. You do not need to ask them all. Tick the boxes next to the ones that matter to you.',
      'It can help to write down the answers, or to bring someone with you. The handout has this list too, with room to write.',
    ],
    question: 'What if my doctor does not have time for my questions?',
    answer: { facts: ['ask-care-team'], text: 'Ask which question matters most today, or ask a nurse. You can also ask for another visit or a phone call.' },
  },
});
