// Syllables of this deck's own words that the Spanish rules would count wrongly, as a
// presenter says them in Spanish. Kept short on purpose: Spanish spelling is phonemic, so the
// rules already count names such as "rebastinib" (re-bas-ti-nib) or "Karagiannis"
// (ka-ra-gian-nis). An entry belongs here only when the word is not read by Spanish spelling:
// an acronym said as a word (not letter by letter), or a mixed-case symbol.
// Keys are lowercase; acronyms are looked up here before being spelled letter by letter.

export const PROJECT_SYLLABLES_ES = {
  asco: 2, // ASCO said as a word, as-co (spelled it would be a-ese-ce-o, 5)
  her2: 2, // HER2 said "her dos" (spelled: hache-e-erre-dos, 6)
  stat: 1, // the news site STAT, said as an English word
  jama: 2, // the journal JAMA, said as a word, ja-ma
  pymt: 4, // PyMT (the mouse model), said pi-eme-te
  menainv: 6, // MenaINV, said me-na-i-ene-ve
} as const satisfies Readonly<Record<string, number>>;
