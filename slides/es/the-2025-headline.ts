import en from '../the-2025-headline.ts';
import { translate } from './define.ts';

export default translate(
  en,
  {
    kind: 'content',
    id: 'the-2025-headline',
    title: 'El titular de 2025, y lo que dejó fuera',
    evidence: ['news-report', 'mouse-study', 'human-tissue-study'],
    sources: ['prasad2025', 'karagiannis2017', 'telegraph2017', 'figureLegends2017', 'medicalxpress2017'],
    body: [
      // The headline was in English; it is shown translated, and says so.
      { type: 'paragraph', facts: ['news-2025'], text: '«¡La quimioterapia puede ser contraproducente y volver el cáncer más agresivo!» (traducido del inglés)' },
      {
        type: 'list',
        stepwise: true,
        items: [
          { facts: ['news-called-new'], text: 'Presentó como nuevo un estudio de 2017.' },
          { facts: ['mice-blood-and-lungs'], text: 'La propagación extra fue en ratones.' },
          { facts: ['women-markers-only'], text: 'En mujeres, solo contó señales en el tejido.' },
          { facts: ['news-left-out'], text: 'Dejó fuera los estudios grandes y el consejo del investigador principal: no evitar la quimio.' },
        ],
      },
    ],
    notes: {
      say: [
        { facts: ['news-2025'], text: 'Este es el titular que muchos de ustedes quizás vieron. Salió en un sitio de noticias en julio de 2025.' },
        { facts: ['news-called-new', 'study-published'], text: 'La noticia lo presentó como investigación nueva. En realidad, el estudio salió en julio de 2017, ocho años antes.' },
        { facts: ['news-right-parts'], text: 'Algunas partes de la noticia eran correctas: unas 20 mujeres, y más células de cáncer en la sangre de ratones.' },
        { facts: ['mice-blood-and-lungs'], text: 'Pero la noticia dejó fuera mucho. La propagación adicional se vio en ratones.' },
        { facts: ['news-two-drugs'], text: 'Y nombró solo dos de los tres medicamentos de quimio que recibieron las mujeres.' },
        { facts: ['women-markers-only'], text: 'En las mujeres, el estudio solo contó señales en pedacitos de tumor.' },
        {
          facts: ['news-left-out', 'lead-author-advice', 'trials-design'],
          text: 'También dejó fuera estudios grandes en miles de mujeres. Y dejó fuera el consejo del propio investigador principal: no evitar la quimio. Veremos esos estudios a continuación.',
        },
      ],
      short: {
        say: [
          { facts: ['news-2025', 'news-called-new'], text: 'Este titular salió en un sitio de noticias en julio de 2025. La noticia presentó el estudio como nuevo, pero salió en 2017.' },
          { facts: ['mice-blood-and-lungs'], text: 'La propagación adicional se vio en ratones.' },
          { facts: ['news-left-out', 'trials-design'], text: 'La noticia dejó fuera estudios grandes en miles de mujeres.' },
        ],
      },
      question: 'Entonces, ¿la noticia estaba equivocada?',
      answer: { facts: ['news-right-parts', 'news-called-new', 'news-overstated'], text: 'Algunas partes eran correctas. Pero presentó como nuevo un estudio viejo, y el titular fue más allá que el estudio.' },
    },
  },
  'ddd25bed0f3fe26a23aadcd587e1223525653bc7680f18f783a8c5804f1fff02',
);
