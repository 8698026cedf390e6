// The source registry: every reference a slide may cite. Facts and their sources come from
// ../shared/brief/study-facts.md. The order here is the numbering on the sources slides.
// Where the fact sheet gives no exact title for a news copy, the title says what the page is
// (in brackets) rather than guessing the headline.

import type { Source, SourceRegistry } from '../src/model/types.ts';

export const sources = {
  karagiannis2017: {
    short: 'Karagiannis 2017',
    authors: 'Karagiannis GS, Pastoriza JM, Wang Y, Harney AS, Entenberg D, Pignatelli J, et al.',
    title: 'Neoadjuvant chemotherapy induces breast cancer metastasis through a TMEM-mediated mechanism',
    publisher: 'Science Translational Medicine 9(397):eaan0026',
    year: 2017,
    doi: '10.1126/scitranslmed.aan0026',
    type: 'journal-article',
    evidence: 'mouse-study',
  },
  ebctcg2018: {
    short: 'EBCTCG 2018',
    authors: "Early Breast Cancer Trialists' Collaborative Group (EBCTCG)",
    title:
      'Long-term outcomes for neoadjuvant versus adjuvant chemotherapy in early breast cancer: meta-analysis of individual patient data from ten randomised trials',
    publisher: 'Lancet Oncology 19:27–39',
    year: 2018,
    doi: '10.1016/S1470-2045(17)30777-5',
    type: 'meta-analysis',
    evidence: 'randomized-trials',
  },
  prasad2025: {
    short: 'Thailand Medical News 2025',
    authors: 'Prasad N',
    title: 'New York Study Finds That Chemotherapy Can Backfire by Making Cancer More Aggressive!',
    publisher: 'Thailand Medical News (7 July 2025)',
    year: 2025,
    url: 'https://www.thailandmedical.news/news/new-york-study-finds-that-chemotherapy-can-backfire-by-making-cancer-more-aggressive',
    type: 'news',
    evidence: 'news-report',
  },
  medicalxpress2017: {
    short: 'Medical Xpress 2017',
    authors: 'Medical Xpress',
    title: '[News report on the 2017 study, July 2017]',
    publisher: 'Medical Xpress',
    year: 2017,
    url: 'https://medicalxpress.com/news/2017-07-neoadjuvant-chemotherapy-breast-cancer-metastasis.html',
    type: 'news',
    evidence: 'news-report',
  },
  telegraph2017: {
    short: 'Telegraph 2017 (copy)',
    authors: 'The Telegraph, as reprinted by The Express Tribune',
    title: '[Reprint of The Telegraph’s July 2017 report, with quotes from the lead author]',
    publisher: 'The Express Tribune',
    year: 2017,
    url: 'https://tribune.com.pk/story/1451668/chemotherapy-may-spread-cancer-warn-scientists',
    type: 'news',
    evidence: 'news-report',
  },
  esserman2017: {
    short: 'Esserman eLetter',
    authors: 'Esserman L (University of California, San Francisco) and 10 co-signers',
    title:
      'The Neoadjuvant chemotherapy (NAC) setting provides an opportunity to study mechanisms of resistance to therapy but should not be portrayed as inducing clinical breast cancer metastasis',
    publisher: 'Science Translational Medicine, eLetters on Karagiannis et al. 2017',
    year: 'n.d.',
    url: 'https://stm.sciencemag.org/content/9/397/eaan0026/tab-e-letters',
    type: 'letter',
    evidence: 'expert-opinion',
  },
  rohan2014: {
    short: 'Rohan 2014 (ASCO Post)',
    authors: 'The ASCO Post, reporting Rohan TE et al., Journal of the National Cancer Institute 2014',
    title: '[Report on the TMEM score and distant metastasis in 259 matched pairs of patients]',
    publisher: 'The ASCO Post',
    year: 2014,
    url: 'https://ascopost.com/News/16342',
    type: 'news',
    evidence: 'background',
  },
  borriello2020: {
    short: 'TMEM review 2020',
    authors: 'Borriello L, Karagiannis GS, et al.',
    title: '[Review of TMEM doorways and how cancer cells enter the blood]',
    publisher: 'PubMed Central PMC7431678',
    year: 2020,
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7431678',
    type: 'review',
    evidence: 'background',
  },
  metastat2017: {
    short: 'MetaStat release 2017',
    authors: 'MetaStat Inc., via ecancer',
    title: 'Study demonstrates paclitaxel treatment promotes breast cancer dissemination and metastasis',
    publisher: 'ecancer',
    year: 2017,
    url: 'https://ecancer.org/en/news/12008-study-demonstrates-paclitaxel-treatment-promotes-breast-cancer-dissemination-and-metastasis',
    type: 'press-release',
    evidence: 'news-report',
  },
  figureLegends2017: {
    short: 'Study figure legends',
    authors: 'Karagiannis GS et al. (figures 1, 3 and 5 as reproduced on slideplayer.com)',
    title: '[Figure legends of the 2017 study: paclitaxel, TMEM doorways and spread in mice]',
    publisher: 'slideplayer.com',
    year: 2017,
    url: 'https://slideplayer.com./amp/17527165',
    type: 'web-page',
    evidence: 'mouse-study',
  },
  montefiore2024: {
    short: 'Montefiore Einstein 2024',
    authors: 'Montefiore Einstein',
    title: '[Research brief on the phase 1b trial of rebastinib, 22 November 2024]',
    publisher: 'Montefiore Einstein news',
    year: 2024,
    url: 'https://montefioreeinstein.org/news/2024/11/22/blocking-metastasis-treat-breast-cancer',
    type: 'press-release',
    evidence: 'early-clinical-trial',
  },
  korde2021: {
    short: 'ASCO guideline 2021',
    authors: 'Korde LA, et al. (American Society of Clinical Oncology)',
    title: 'Neoadjuvant Chemotherapy, Endocrine Therapy, and Targeted Therapy for Breast Cancer',
    publisher: 'Journal of Clinical Oncology (guideline listing at guidelinecentral.com)',
    year: 2021,
    url: 'https://guidelinecentral.com/guideline/1034358',
    type: 'guideline',
    evidence: 'guideline',
  },
  patent2018: {
    short: 'Patent WO2018222644',
    authors: 'Condeelis J, Oktay M (Albert Einstein College of Medicine)',
    title: 'Method for treating neoadjuvant chemotherapy-induced metastasis (WO2018222644A1)',
    publisher: 'World Intellectual Property Organization, via sumobrain.com',
    year: 2018,
    url: 'http://www.sumobrain.com/patents/wipo/Method-treating-neoadjuvant-chemotherapy-induced/WO2018222644A1.html',
    type: 'patent',
    evidence: 'background',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof sources;

/** The registry as the engine sees it. */
export const sourceRegistry: SourceRegistry<SourceId> = sources;
