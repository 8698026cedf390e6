// The source list in Spanish: the deck's own short label for every source, and where the English
// "title" is the deck's bracketed description (no real title was verified), that description in
// Spanish (typed from slides/sources.ts: a source left out does not compile). Real titles stay in
// English: the deck shows them with lang="en" and says "(en inglés)". A publisher line with the
// deck's own words in it (a date, "press release", "summary at") is given in Spanish; a bare name
// stays as the English has it.

import type { TranslatedSources } from '../../src/model/translation.ts';
import type { sources as english } from '../sources.ts';

export const sourceLabels = {
  karagiannis2017: { short: 'Karagiannis 2017' },
  ebctcg2018: { short: 'EBCTCG 2018' },
  rastogi2008: { short: 'NSABP B-18 y B-27 (2008)', title: '[Informe de los estudios NSABP B-18 y B-27: la misma quimio antes o después de la cirugía]' },
  nsabpB18: { short: 'NSABP B-18, 9 años', title: '[Registro 11773300 de PubMed: resultados a nueve años del estudio B-18 de quimio antes o después de la cirugía]' },
  chavez2016: { short: 'Chavez-MacGregor 2016' },
  prasad2025: { short: 'Thailand Medical News 2025', publisher: 'Thailand Medical News (7 de julio de 2025)' },
  medicalxpress2017: { short: 'Medical Xpress 2017', title: '[Noticia sobre el estudio de 2017, julio de 2017]' },
  telegraph2017: { short: 'Telegraph 2017 (copia)', title: '[Copia de la noticia de The Telegraph de julio de 2017, con citas del autor principal]' },
  esserman2017: { short: 'Carta de Esserman' },
  mdedgePierce: { short: 'Informe de MDedge', title: '[Noticia sobre el estudio posterior de las puertas, con comentarios de Lori Pierce, Universidad de Michigan]' },
  sparano2017: { short: 'Sparano 2017', title: '[Estudio de un puntaje automático de puertas en tumores de 600 pacientes del estudio E2197, publicado el 8 de noviembre de 2017]' },
  cortes2017: { short: 'Cortes 2017', title: '[Primer estudio del rebastinib (DCC-2036) en 57 personas con leucemia]' },
  breastcancernews2019: { short: 'Breast Cancer News 2019', publisher: 'Breast Cancer News (14 de enero de 2019)', title: '[Noticia sobre un estudio del rebastinib con quimio, patrocinado por Deciphera Pharmaceuticals]' },
  kim2023: { short: 'Kim 2023', publisher: 'npj Breast Cancer, 13 de junio de 2023 (resumen en Weill Cornell Medicine)', title: '[Estudio de puertas en tumor de mama residual después de la quimio, en 96 mujeres negras y 87 mujeres blancas]' },
  rohan2014: { short: 'Rohan 2014 (ASCO Post)', title: '[Informe sobre el puntaje TMEM y la metástasis a distancia en 259 pares de pacientes]' },
  borriello2020: { short: 'Revisión sobre TMEM 2020', title: '[Revisión sobre las puertas TMEM y cómo entran a la sangre las células de cáncer]' },
  metastat2017: { short: 'Comunicado de MetaStat 2017', publisher: 'ecancer (de MetaStat Inc., la empresa de la prueba de puertas)' },
  figureLegends2017: { short: 'Leyendas de las figuras del estudio', title: '[Leyendas de las figuras del estudio de 2017: paclitaxel, puertas TMEM y propagación en ratones]' },
  stgallen2017: { short: 'Consenso de St. Gallen 2017', title: '[Informe del consenso de expertos de St. Gallen de 2017 sobre el tratamiento del cáncer de mama temprano]' },
  oncologynews2017: { short: 'Oncology News 2017', title: '[Noticia basada en el anuncio del estudio del Albert Einstein College of Medicine, 2017]' },
  stat2017: { short: 'STAT 2017', title: '[Noticia de STAT sobre el estudio, julio de 2017, con comentarios de otros investigadores]' },
  montefiore2024: { short: 'Montefiore Einstein 2024', publisher: 'Noticias de Montefiore Einstein', title: '[Resumen de investigación sobre un estudio inicial del rebastinib, 22 de noviembre de 2024]' },
  korde2021: { short: 'Guía de ASCO 2021', publisher: 'Journal of Clinical Oncology (ficha de la guía en guidelinecentral.com)' },
  patent2018: { short: 'Patente WO2018222644' },
} as const satisfies TranslatedSources<typeof english>;
