import en from '../kinds-of-evidence.ts';
import { translate } from './define.ts';

export default translate(
  en,
  {
    kind: 'content',
    id: 'kinds-of-evidence',
    title: 'No toda la evidencia es igual de fuerte',
    evidence: ['mouse-study', 'human-tissue-study', 'randomized-trials'],
    sources: ['karagiannis2017', 'ebctcg2018', 'medicalxpress2017', 'mdedgePierce'],
    layout: 'split',
    body: [
      {
        type: 'list',
        items: [
          { facts: ['mice-not-people'], text: 'Los estudios en ratones pueden mostrar cómo pasaría algo.' },
          { facts: ['women-markers-only'], text: 'El tejido de unas 20 mujeres da señales, no resultados de salud.' },
          { facts: ['trials-design', 'trials-deaths'], text: ['Los estudios en ', { num: 'trials-design.women' }, ' mujeres muestran la supervivencia.'] },
        ],
      },
      { type: 'callout', tone: 'caveat', facts: ['study-mostly-mice'], text: 'Ahora, sobre todo en ratones: la quimio y la propagación.' },
      {
        type: 'figure',
        src: 'evidence-steps.svg',
        facts: ['study-mostly-mice', 'women-count', 'trials-design', 'study-published'],
        alt: ['Tres escalones, del más bajo al más alto. Abajo, estudios en ratones; en el medio, tejido de tumor de unas 20 mujeres; arriba, estudios en ', { num: 'trials-design.women' }, ' mujeres.'],
        caption: 'Los escalones más altos dicen más sobre las personas.',
      },
    ],
    notes: {
      say: [
        { facts: ['study-mostly-mice', 'women-count', 'trials-design', 'study-published'], text: 'No toda la evidencia es igual de fuerte. Piense en ella como escalones, del más bajo al más alto.' },
        {
          facts: ['trials-design', 'trials-spread', 'trials-deaths'],
          text: ['En el escalón más alto están los estudios grandes en personas, como los que acabamos de ver. Tuvieron ', { num: 'trials-design.women' }, ' mujeres, y midieron directamente la propagación y la supervivencia.'],
        },
        { facts: ['women-count', 'women-markers-only'], text: 'En el escalón del medio está el tejido de unas 20 mujeres. Muestra señales en el tejido. No muestra si las mujeres vivieron más o menos tiempo.' },
        {
          facts: ['study-mostly-mice', 'mice-not-people'],
          text: 'En el escalón más bajo están los estudios en ratones. Pueden mostrar cómo podría pasar algo, pero los ratones no son personas. La mayor parte del estudio de 2017 está en este escalón.',
        },
        { facts: ['study-mostly-mice'], text: 'Ahora veremos cómo la quimio podría afectar la propagación. La mayor parte de esto se vio en ratones.' },
      ],
      question: '¿Por qué confían más en los estudios grandes que en este estudio?',
      answer: {
        facts: ['trials-design', 'trials-spread', 'trials-deaths', 'women-markers-only', 'study-mostly-mice'],
        text: 'Los estudios grandes midieron directamente la propagación y la supervivencia en miles de mujeres. El estudio de 2017 estudió sobre todo ratones, y señales en el tejido de unas 20 mujeres.',
      },
    },
  },
  '02a3866a063bd795a3607d1bfa1e0adb4ccc5d0daf974deae3b795d242d07b28',
);
