// The deck in Spanish (es-US: neutral Latin American Spanish, usted): every slide of slides/index.ts
// translated, typed from its English module (slides/es/define.ts), with the Spanish glossary,
// source labels, names and fact patterns. The order, the editions, the facts, the advice and the
// sources' data are the English deck's. A machine-assisted draft until people review it: the
// about slide, the handout and the PDFs say so (npm run review -- --translation es records it).

import aboutThisDeck from './about-this-deck.ts';
import beforeWeStart from './before-we-start.ts';
import checkYourUnderstanding from './check-your-understanding.ts';
import { translateDeck } from './define.ts';
import earlierStudies from './earlier-studies.ts';
import { factWords } from './facts.ts';
import { glossary } from './glossary.ts';
import kindsOfEvidence from './kinds-of-evidence.ts';
import largeTrials from './large-trials.ts';
import laterStudy from './later-study.ts';
import miceMoreDoorways from './mice-more-doorways.ts';
import miceSpread from './mice-spread.ts';
import otherExperts from './other-experts.ts';
import questionsToAsk from './questions-to-ask.ts';
import references from './references.ts';
import references2 from './references-2.ts';
import { sourceLabels } from './sources.ts';
import summary from './summary.ts';
import the2025Headline from './the-2025-headline.ts';
import theHumanPart from './the-human-part.ts';
import title from './title.ts';
import whatHasChanged from './what-has-changed.ts';
import whatIsATmemDoorway from './what-is-a-tmem-doorway.ts';
import whatTheTrialsMean from './what-the-trials-mean.ts';
import whatThisMeansForYou from './what-this-means-for-you.ts';
import whyChemoFirst from './why-chemo-first.ts';
import wordsToKnow from './words-to-know.ts';

export default translateDeck({
  meta: {
    title: 'Quimioterapia antes de la cirugía de cáncer de mama: lo que encontró un estudio de 2017',
    subtitle: 'El estudio de las «puertas» TMEM explicado paso a paso para pacientes y familias',
    lang: 'es-US',
    author: 'Equipo de «El estudio TMEM explicado», código abierto',
    description:
      'Una charla de educación para pacientes sobre el estudio de 2017 de Karagiannis y colegas en Science Translational Medicine, sobre la quimioterapia antes de la cirugía y las puertas TMEM, con sus límites primero.',
    keywords: ['cáncer de mama', 'quimioterapia', 'neoadyuvante', 'TMEM', 'educación para pacientes', 'metástasis'],
    funding: 'Ninguno. Ninguna empresa, fundación ni beca pagó por esta charla.',
    conflicts: 'Ninguno. Quienes la hicieron no tienen vínculos con el equipo del estudio ni con quien hace el medicamento o la prueba.',
    contact: 'Dígaselo a la persona que presenta, o abra un reporte en el repositorio de código de la charla.',
  },
  glossary,
  sources: sourceLabels,
  named: {
    'estudio de 2017': 'study-published',
    'artículo de 2017': 'study-published',
    'estudio de 2017 en ratones': 'study-published',
    'titular de 2025': 'news-2025',
    'noticia de 2025': 'news-2025',
    'guía de 2021': 'guideline-asco',
    'estudio de 2023': 'later-study',
    'estudio de 2024': 'rebastinib-trial',
  },
  facts: factWords,
  slides: {
    title,
    'before-we-start': beforeWeStart,
    'the-2025-headline': the2025Headline,
    'large-trials': largeTrials,
    'what-the-trials-mean': whatTheTrialsMean,
    'why-chemo-first': whyChemoFirst,
    'other-experts': otherExperts,
    'kinds-of-evidence': kindsOfEvidence,
    'what-is-a-tmem-doorway': whatIsATmemDoorway,
    'earlier-studies': earlierStudies,
    'mice-more-doorways': miceMoreDoorways,
    'mice-spread': miceSpread,
    'the-human-part': theHumanPart,
    'later-study': laterStudy,
    'what-has-changed': whatHasChanged,
    'what-this-means-for-you': whatThisMeansForYou,
    'questions-to-ask': questionsToAsk,
    summary,
    'check-your-understanding': checkYourUnderstanding,
    'words-to-know': wordsToKnow,
    references,
    'references-2': references2,
    'about-this-deck': aboutThisDeck,
  },
  // The hash of the English meta, glossary and source list when they were translated.
  from: {
    meta: '1d5a5a35378ffbebf0c20b6d28f9eab1c389e246f235dc1e811ee305d824aef6',
    glossary: '7506d7d48c0c2cdbddee2a1451f559803c064dff5c2cef92a00aba5558757461',
    sources: '63bf421106ef13db5dc4148251806f57c66eaa34f5d40d770d88a22775fa8020',
  },
});
