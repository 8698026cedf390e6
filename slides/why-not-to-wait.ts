import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'why-not-to-wait',
  title: 'Why not to wait',
  evidence: 'observational-study',
  sources: ['chavez2016'],
  body: [
    {
      id: 'delay-study',
      type: 'paragraph',
      text: 'A study looked at records of about 25,000 women who had chemo after surgery.',
    },
    {
      id: 'delay-finding',
      type: 'list',
      items: ['Starting chemo 3 months or more after surgery went with a lower chance of survival.', 'This is a link, not proof.'],
    },
    {
      id: 'do-not-wait',
      type: 'callout',
      tone: 'key-point',
      text: 'Do not stop or delay treatment on your own: waiting went with lower survival.',
    },
  ],
  notes: {
    say: [
      'Why does it matter not to wait? A large study looked at the health records of about 25,000 women in California. They all had chemo after surgery.',
      'Women who started chemo 3 months or more after surgery had a lower chance of survival. Women who started within 1 to 3 months did not show this link.',
      'This kind of study shows a link, not proof. And it was about chemo after surgery. But it is one good reason to keep to the plan you and your care team made.',
      'So please do not stop or delay treatment on your own. In this study, waiting 3 months or more went with a lower chance of survival.',
    ],
    question: 'My chemo was moved by a week. Should I worry?',
    answer:
      'In this study, the lower survival was seen when chemo started 3 months or more after surgery. Ask your care team about your own timing.',
  },
});
