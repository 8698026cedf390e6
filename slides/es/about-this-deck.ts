import en from '../about-this-deck.ts';
import { translate } from './define.ts';

export default translate(
  en,
  {
    kind: 'about',
    id: 'about-this-deck',
    title: 'Sobre esta charla',
    sources: ['karagiannis2017', 'figureLegends2017'],
    body: [
      { id: 'not-advice', type: 'paragraph', text: 'Esta charla es para educar. No es un consejo médico para usted.' },
      { id: 'deck-info', type: 'deck-info' },
      {
        id: 'fact-check',
        type: 'paragraph',
        facts: ['study-full-text'],
        text: 'Revisamos los datos con resúmenes, no con el artículo completo.',
      },
      { id: 'reading-view', type: 'reading-view' },
    ],
    notes: {
      say: [
        'Unas palabras sobre esta charla. Es para educar, no es un consejo médico. Su propio equipo de atención médica conoce su situación.',
        'Nadie pagó por esta charla, y quienes la hicieron no tienen vínculos con nadie involucrado.',
        {
          facts: ['study-full-text'],
          text: 'Revisamos cada dato con resúmenes e informes publicados del estudio. No tuvimos el artículo completo, así que cuando las fuentes no coincidían, dejamos el detalle fuera.',
        },
        'Si encuentra un error, por favor avísenos para corregirlo.',
      ],
      short: {
        say: [
          'Esta charla es para educar, no es un consejo médico. Nadie pagó por ella.',
          { facts: ['study-full-text'], text: 'Revisamos cada dato con informes publicados del estudio.' },
        ],
      },
      question: '¿Quién revisó esta charla?',
      answer: 'Quienes la hicieron revisaron cada dato con su fuente. Un médico del cáncer también debería revisarla antes de usarla mucho. La fecha de la última revisión está en esta diapositiva.',
    },
  },
  '6bea487ce69ece0be2dfe20f428f530156489764bbad3fe6ecb8dbce5e40d7ed',
);
