import en from '../before-we-start.ts';
import { translate } from './define.ts';

export default translate(
  en,
  {
    kind: 'caveats',
    id: 'before-we-start',
    title: 'Antes de empezar: lo que este estudio puede y no puede decirle',
    evidence: ['mouse-study', 'human-tissue-study', 'observational-study'],
    sources: ['karagiannis2017', 'medicalxpress2017', 'chavez2016', 'prasad2025', 'figureLegends2017'],
    body: [
      {
        id: 'caveats',
        type: 'list',
        items: [
          { facts: ['study-mostly-mice'], text: 'La mayor parte se hizo en ratones.' },
          { facts: ['women-count'], text: 'En personas, estudió tejido de unas 20 mujeres.' },
          { facts: ['women-markers-only'], text: 'No mostró si su cáncer se propagó.' },
        ],
      },
      {
        id: 'do-not-stop',
        type: 'callout',
        tone: 'key-point',
        facts: ['keep-to-plan', 'delay-finding', 'ask-care-team'],
        text: 'No suspenda ni retrase el tratamiento: hable con su equipo de atención médica. Empezar la quimio 3 meses o más tras la cirugía se asoció con menor supervivencia.',
      },
    ],
    notes: {
      say: [
        { facts: ['study-published'], text: 'Antes de los detalles, esto es lo que este estudio puede y no puede decirle. Primero, no es nuevo: salió en julio de 2017.' },
        { facts: ['study-mostly-mice', 'mice-not-people'], text: 'Segundo, la mayor parte del trabajo se hizo en ratones. Lo que pasa en ratones puede no pasar en personas.' },
        {
          facts: ['women-count', 'women-markers-only'],
          text: 'Tercero, la parte sobre personas estudió pedacitos de tumor de unas 20 mujeres, con un microscopio. Contó señales en el tejido. No mostró si su cáncer se propagó después, ni cuánto tiempo vivieron.',
        },
        {
          facts: ['keep-to-plan', 'delay-finding', 'ask-care-team'],
          text: 'Lo más importante: por favor, no suspenda ni retrase su tratamiento por este estudio. Esperar 3 meses o más después de la cirugía para empezar la quimio se asoció con menor probabilidad de supervivencia. Lleve sus preguntas a su equipo de atención médica: los médicos y las enfermeras que cuidan de usted.',
        },
      ],
      short: {
        say: [
          { facts: ['study-published', 'study-mostly-mice'], text: 'Esto es lo que este estudio puede y no puede decirle. No es nuevo: salió en julio de 2017. Y la mayor parte del trabajo se hizo en ratones.' },
          {
            facts: ['women-count', 'women-markers-only'],
            text: 'En personas, estudió pedacitos de tumor de unas 20 mujeres. No mostró si su cáncer se propagó después, ni cuánto tiempo vivieron.',
          },
          {
            facts: ['keep-to-plan', 'delay-finding', 'ask-care-team'],
            text: 'Por favor, no suspenda ni retrase su tratamiento por este estudio. Esperar 3 meses o más después de la cirugía para empezar la quimio se asoció con menor supervivencia. Lleve sus preguntas a su equipo de atención médica.',
          },
        ],
      },
      question: 'Entonces, ¿por qué la noticia dijo que la quimio vuelve el cáncer más agresivo?',
      answer: {
        facts: ['news-overstated', 'mice-blood-and-lungs', 'women-markers-only'],
        text: 'El titular fue más allá que el estudio. La propagación adicional se vio en ratones. En las mujeres, el estudio solo contó señales en pedacitos de tumor.',
      },
    },
  },
  'c7a88a808550ef889ec4e88914082ce033c8ad62f065fb58d33f238e95efd7cc',
);
