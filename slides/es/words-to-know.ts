import en from '../words-to-know.ts';
import { translate } from './define.ts';

export default translate(
  en,
  {
    kind: 'glossary',
    id: 'words-to-know',
    title: 'Palabras que debe conocer',
    sources: [],
    body: [{ type: 'glossary', ids: ['chemo', 'neoadjuvant', 'randomizedTrial', 'metastasis', 'tmem', 'paclitaxel', 'residual', 'marker'] }],
    notes: {
      say: ['Estas son las palabras principales que usamos hoy, con su significado. No necesita recordarlas. La vista de lectura y el folleto tienen todas las palabras.'],
      question: '¿Dónde puedo leer más?',
      answer: 'Su equipo de atención médica puede recomendarle lugares confiables para leer más. Las fuentes de esta charla están en las siguientes diapositivas.',
    },
  },
  'ac75dfc921607d9c26f98e98f80eaee9d65494c535d0423a7dcacf0cfc4399b3',
);
