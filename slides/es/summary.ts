import en from '../summary.ts';
import { translate } from './define.ts';

export default translate(
  en,
  {
    kind: 'summary',
    id: 'summary',
    title: 'En resumen',
    sources: ['ebctcg2018', 'mdedgePierce', 'karagiannis2017', 'medicalxpress2017', 'chavez2016'],
    body: [
      {
        // The title slide's main message, word for word (npm run check: summary-slide).
        id: 'main-message',
        type: 'callout',
        tone: 'key-point',
        title: 'El mensaje principal',
        facts: ['trials-design', 'trials-spread', 'trials-deaths'],
        text: [
          'Estudios grandes compararon la ',
          { term: 'chemo', text: 'quimioterapia' },
          ' (medicamentos contra el cáncer) antes y después de la cirugía. La propagación y las muertes por cáncer de mama fueron casi iguales.',
        ],
      },
      {
        id: 'key-points',
        type: 'list',
        items: [
          { facts: ['study-mostly-mice'], text: 'Estudio de 2017: sobre todo ratones' },
          { facts: ['women-count', 'women-markers-only'], text: 'Unas 20 mujeres: solo señales en tejido' },
          { facts: ['keep-to-plan', 'ask-care-team'], text: 'Siga su plan; pregunte a su equipo' },
        ],
      },
      { id: 'contact', type: 'contact' },
      { id: 'reading-view', type: 'reading-view' },
    ],
    notes: {
      say: [
        {
          facts: ['trials-design', 'trials-spread', 'trials-deaths'],
          text: 'En resumen, este es otra vez el mensaje principal. Estudios grandes compararon la quimio antes y después de la cirugía. La propagación del cáncer y las muertes por cáncer de mama fueron casi iguales en los dos casos.',
        },
        {
          facts: ['study-mostly-mice', 'women-count', 'women-markers-only', 'keep-to-plan', 'ask-care-team'],
          text: 'Y tres puntos clave. La mayor parte del estudio de 2017 fue en ratones. En unas 20 mujeres, solo contó señales en el tejido, no la propagación ni la supervivencia. Siga su plan, y lleve sus preguntas a su equipo de atención médica.',
        },
      ],
      question: '¿Qué es lo más importante que debería contarle a mi familia?',
      answer: {
        facts: ['trials-deaths', 'keep-to-plan', 'delay-finding'],
        text: 'Los estudios grandes encontraron casi la misma supervivencia con la quimio antes o después de la cirugía. No suspenda ni retrase el tratamiento por este estudio. Esperar 3 meses o más para empezar la quimio se asoció con menor supervivencia.',
      },
    },
  },
  'ea35ba3663ce5d1ba59b287227265570a5eb29ca8a0bfa56bfcd15e84c745089',
);
