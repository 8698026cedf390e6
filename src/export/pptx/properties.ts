// Document properties (File › Info in PowerPoint). pptxgenjs writes title, author and subject but
// no keywords, language or description, and dates them "now"; so docProps/core.xml is written
// here in full, dated with the deck's own date. The clinical review and the content hash go in
// two places:
//  - docProps/custom.xml, as the custom properties ClinicalReview and ContentHash (with Edition and
//    DeckVersion), for tools (the PDF keeps ClinicalReview in its info dictionary the same way);
//  - the description (File › Info › Comments), as one sentence people read.

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface DocumentProperties {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  /** reviewStatement(compiled.review). */
  readonly review: string;
  readonly contentHash: string;
  readonly edition: string;
  readonly version: string;
}

export const CUSTOM_PART = 'docProps/custom.xml';
export const CUSTOM_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
export const CUSTOM_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';

/** The description: the review sentence and the content's fingerprint. */
export const describe = (p: DocumentProperties): string => `${p.review} Content hash (SHA-256): ${p.contentHash}.`;

export function coreXml(p: DocumentProperties, lang: string, date: string): string {
  const when = `${date}T00:00:00Z`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(p.title)}</dc:title>` +
    `<dc:subject>${escapeXml(p.subject)}</dc:subject>` +
    `<dc:creator>${escapeXml(p.author)}</dc:creator>` +
    `<cp:keywords>${escapeXml(p.keywords.join(', '))}</cp:keywords>` +
    `<dc:description>${escapeXml(describe(p))}</dc:description>` +
    `<dc:language>${escapeXml(lang)}</dc:language>` +
    `<cp:lastModifiedBy>${escapeXml(p.author)}</cp:lastModifiedBy>` +
    `<cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export function customXml(p: DocumentProperties): string {
  const entries: [string, string][] = [
    ['ClinicalReview', p.review],
    ['ContentHash', p.contentHash],
    ['Edition', p.edition],
    ['DeckVersion', p.version],
  ];
  // fmtid: the one id Office uses for user-defined properties; pid counts from 2.
  const props = entries
    .map(([name, value], i) => `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${name}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`)
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${props}</Properties>`
  );
}

/** The embedded chart workbooks' own core.xml: the same fixed date instead of "now". */
export const fixDates = (xml: string, date: string): string =>
  xml.replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${date}T00:00:00Z$2`);
