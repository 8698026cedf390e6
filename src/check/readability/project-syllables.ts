// Syllables of this deck's own words that the CMU pronouncing dictionary does not have, as a
// presenter says them. A test checks that no key here is also in the dictionary (so an entry is
// never silently shadowed) and that the counts match the spoken forms in the comments.
// Keys are lowercase; acronyms are looked up here before being spelled letter by letter.

export const PROJECT_SYLLABLES = {
  tmem: 4, // T-M-E-M
  neoadjuvant: 5, // ne-o-ad-ju-vant
  rebastinib: 4, // re-bas-ti-nib
  paclitaxel: 4, // pac-li-tax-el
  doxorubicin: 5, // dox-o-ru-bi-cin
  cyclophosphamide: 5, // cy-clo-phos-pha-mide
  microenvironment: 6, // mi-cro-en-vi-ron-ment
  intravasation: 5, // in-tra-va-sa-tion
  xenograft: 3, // xen-o-graft
  xenografts: 3, // xen-o-grafts
  menainv: 5, // Me-na-I-N-V
  ebctcg: 6, // E-B-C-T-C-G
  nsabp: 5, // N-S-A-B-P
  asco: 2, // as-co (said as a word)
  tie2: 2, // tie two
  her2: 2, // her two
  pymt: 3, // py-M-T
  eletter: 3, // e-let-ter
  eletters: 3, // e-let-ters
  karagiannis: 5, // ka-ra-gi-an-nis
  condeelis: 3, // con-dee-lis
} as const satisfies Readonly<Record<string, number>>;
