import en from '../the-human-part.ts';
import { translate } from './define.ts';

export default translate(
  en,
  {
    kind: 'content',
    id: 'the-human-part',
    title: 'La parte sobre personas: tumor residual de unas 20 mujeres',
    evidence: 'human-tissue-study',
    sources: ['karagiannis2017', 'medicalxpress2017', 'metastat2017'],
    body: [
      {
        id: 'what-was-done',
        type: 'list',
        stepwise: true,
        items: [
          { facts: ['women-count', 'women-drugs'], text: 'Unas 20 mujeres recibieron tres medicamentos de quimio, entre ellos paclitaxel, antes de la cirugía.' },
          { facts: ['women-leftover'], text: ['Se estudió su ', { term: 'residual', define: true }, ': lo que quedaba en la cirugía.'] },
          { facts: ['women-more-doorways'], text: 'Tras la quimio, tendía a tener más puertas.' },
        ],
      },
      {
        id: 'human-limits',
        type: 'callout',
        tone: 'caveat',
        facts: ['women-markers-only', 'women-no-comparison'],
        text: ['Los conteos de puertas son ', { term: 'marker', text: 'marcadores', define: true }, ': señales en el tejido. No hubo grupo sin quimio.'],
      },
    ],
    notes: {
      say: [
        {
          facts: ['women-count', 'women-drugs'],
          text: 'Ahora, la parte sobre personas. Unas 20 mujeres recibieron quimio antes de la cirugía. Recibieron tres medicamentos de quimio, entre ellos paclitaxel. Los informes no coinciden en el orden de los medicamentos, así que no lo damos.',
        },
        { facts: ['women-leftover'], text: 'El equipo estudió el tumor residual con un microscopio. Es la parte del tumor que todavía estaba en la cirugía, después de la quimio.' },
        { facts: ['women-more-doorways'], text: 'Después de la quimio, el tumor residual tendía a tener más puertas. Los informes no coinciden en cuántas de las mujeres lo mostraron, así que no damos un número.' },
        { facts: ['women-markers-only'], text: 'Los conteos de puertas son marcadores. Un marcador es una señal que se puede medir. No es lo mismo que la propagación del cáncer, ni que vivir menos tiempo.' },
        {
          facts: ['women-no-comparison', 'women-selected'],
          text: 'Esta parte tiene límites. No fue un estudio clínico aleatorizado. Todas las mujeres recibieron quimio, así que no hubo un grupo sin quimio para comparar. Y solo se pudieron estudiar tumores que no respondieron del todo.',
        },
      ],
      short: {
        say: [
          {
            facts: ['women-count', 'women-drugs', 'women-leftover', 'women-more-doorways'],
            text: 'Ahora, la parte sobre personas. Unas 20 mujeres recibieron tres medicamentos de quimio, entre ellos paclitaxel, antes de la cirugía. Después de la quimio, su tumor residual tendía a tener más puertas.',
          },
          {
            facts: ['women-markers-only', 'women-no-comparison'],
            text: 'Los conteos de puertas son marcadores: señales en el tejido. No hubo un grupo sin quimio para comparar, y el estudio no mostró si su cáncer se propagó.',
          },
        ],
      },
      question: 'Si mi tumor se redujo con la quimio, ¿esto se aplica a mí?',
      answer: {
        facts: ['women-count', 'women-selected', 'ask-care-team'],
        text: 'Esta parte solo estudió a unas 20 mujeres a quienes les quedaba algo de tumor después de la quimio. No puede decirnos qué pasará con una persona. Su equipo de atención médica puede hablar con usted sobre sus propios resultados.',
      },
    },
  },
  '94af3f97739dbff47d5543ef74137c3f1e1b0f1c3dd42ea7dfa6f67e21c23118',
);
