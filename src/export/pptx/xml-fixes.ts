// Fixes inside the XML parts pptxgenjs 4.0.1 writes. Each is one small function on one part's
// text, working on pptxgenjs's known, machine-written output (flat, no comments or CDATA), so
// regular expressions are enough and no XML library is needed at run time. What and why:
//  - paragraphs: a paragraph of several runs gets an <a:pPr> before every run, but CT_TextParagraph
//    allows one, first (PptxGenJS #1081, PR #1083 open: PowerPoint 2016 reports an error);
//  - languages: runs, paragraph ends, list styles, notes, masters and charts say lang="en-US"
//    unless told otherwise, and runs given a language add altLang="en-US";
//  - shape ids: a table's cNvPr id is computed apart from the others and collides with a text
//    box's on the same slide;
//  - tables: <a:tblPr/> is empty, so no header row is marked (PptxGenJS #1299, PR #1369 open);
//  - decorative pictures: there is no option for PowerPoint's "Mark as decorative";
//  - notes: one run holding every paragraph with raw line breaks, always in en-US;
//  - titles: a placeholder on a slide always gets its layout's position and size, whatever the
//    slide asks for (gen-xml.ts takes placeholderObj's x/y/w/h), so a two-line title would not fit;
//  - the slide master: its title placeholder lives only in the layout, and its title style is
//    centred; the notes page is 13.33 in tall (the slide's width) instead of 10 in.

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const PPR = /<a:pPr\b[^>]*\/>|<a:pPr\b[^>]*>[\s\S]*?<\/a:pPr>/g;

/** Keeps each paragraph's first <a:pPr> and removes the ones pptxgenjs put before later runs. */
export function onePPrPerParagraph(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_p, inner: string) => {
    let seen = false;
    const fixed = inner.replace(PPR, (pPr) => {
      if (seen) return '';
      seen = true;
      return pPr;
    });
    // A pPr must come first; pptxgenjs puts the first one first, so this only drops the others.
    return `<a:p>${fixed}</a:p>`;
  });
}

/** Every run, paragraph end and list-style default in the deck's language; no altLang. */
export function setLang(xml: string, lang: string): string {
  return xml
    .replace(/\saltLang="[^"]*"/g, '')
    .replace(/<a:(rPr|endParaRPr|defRPr)\b([^>]*?)(\/?)>/g, (_m, tag: string, attrs: string, close: string) => {
      const rest = attrs.replace(/\slang="[^"]*"/, '');
      return `<a:${tag} lang="${lang}"${rest}${close}>`;
    });
}

/** A chart's own language (c:lang), right after c:date1904 where the schema puts it. */
export function setChartLang(xml: string, lang: string): string {
  const without = xml.replace(/<c:lang\b[^>]*\/>/g, '');
  return without.replace(/(<c:date1904\b[^>]*\/>)/, `$1<c:lang val="${lang}"/>`);
}

const emu = (pt: number): number => Math.round(pt * 12700);

/** Puts the slide's title placeholder where the layout planned it (points). */
export function placeTitle(xml: string, box: { x: number; y: number; w: number; h: number }): string {
  const xfrm = `<a:xfrm><a:off x="${emu(box.x)}" y="${emu(box.y)}"/><a:ext cx="${emu(box.w)}" cy="${emu(box.h)}"/></a:xfrm>`;
  let done = false;
  const out = xml.replace(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph\b[^>]*\btype="title"[\s\S]*?<\/p:sp>/, (sp) => {
    done = true;
    return sp.replace(/<a:xfrm>[\s\S]*?<\/a:xfrm>/, xfrm);
  });
  if (!done) throw new Error('pptxgenjs slide without its title placeholder: the title cannot be placed');
  return out;
}

/** Shape ids 1, 2, 3 … in document order, so none repeats on a slide. */
export function renumberShapeIds(xml: string): string {
  let next = 1;
  return xml.replace(/(<p:cNvPr\b[^>]*?\bid=")\d+(")/g, (_m, before: string, after: string) => `${before}${next++}${after}`);
}

/** Marks every table's first row as its header row. */
export function markHeaderRows(xml: string): string {
  return xml.replace(/<a:tblPr\b([^>]*?)(\/?)>/g, (_m, attrs: string, close: string) => `<a:tblPr firstRow="1"${attrs.replace(/\sfirstRow="[^"]*"/g, '')}${close}>`);
}

const DECORATIVE =
  '<a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}"><adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/></a:ext></a:extLst>';

/** PowerPoint's "Mark as decorative" on the pictures with these shape names (and an empty descr). */
export function markDecorative(xml: string, names: readonly string[]): string {
  if (names.length === 0) return xml;
  return xml.replace(/<p:pic>[\s\S]*?<\/p:pic>/g, (pic) =>
    pic.replace(/<p:cNvPr\b([^>]*?)(\/>|>([\s\S]*?)<\/p:cNvPr>)/, (cNvPr, attrs: string, _end: string, inner: string | undefined) => {
      const name = /\sname="([^"]*)"/.exec(attrs)?.[1];
      if (name === undefined || !names.includes(name.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'))) return cNvPr;
      const rest = attrs.replace(/\sdescr="[^"]*"/, '');
      return `<p:cNvPr${rest} descr="">${(inner ?? '').replace(/<a:extLst>[\s\S]*?<\/a:extLst>/, '')}${DECORATIVE}</p:cNvPr>`;
    }),
  );
}

/** Notes text size: the notes master's own 12 pt, set on each run (see notesBody). */
export const NOTES_PT = 12;

/**
 * The notes body as one paragraph per notes paragraph, in the deck's language, at 12 pt with no
 * hanging indent: pptxgenjs's notes placeholder (idx 1) does not match its notes master's (idx 3),
 * so LibreOffice falls back to 18 pt outline text, which runs off the notes page.
 */
export function notesBody(xml: string, paragraphs: readonly string[], lang: string): string {
  const paras = paragraphs
    .map((p) => `<a:p><a:pPr marL="0" indent="0"><a:spcAft><a:spcPts val="600"/></a:spcAft><a:buNone/></a:pPr><a:r><a:rPr lang="${lang}" sz="${NOTES_PT * 100}" dirty="0"/><a:t>${escapeXml(p)}</a:t></a:r></a:p>`)
    .join('');
  const body = /(<p:ph type="body" idx="1"\/>[\s\S]*?<p:txBody>)([\s\S]*?)(<\/p:txBody>)/;
  if (!body.test(xml)) throw new Error('pptxgenjs notes slide without its body placeholder: the notes cannot be written');
  return xml.replace(body, (_m, before: string, inner: string, after: string) => {
    const head = /^\s*<a:bodyPr[^>]*?(?:\/>|>[\s\S]*?<\/a:bodyPr>)\s*<a:lstStyle[^>]*?(?:\/>|>[\s\S]*?<\/a:lstStyle>)/.exec(inner)?.[0] ?? '<a:bodyPr/><a:lstStyle/>';
    return `${before}${head}${paras}${after}`;
  });
}

/** The master's own title placeholder (the layout's inherits from it) and a left-aligned title style. */
export function masterTitle(xml: string, box: { x: number; y: number; w: number; h: number }, lang: string): string {
  if (/<p:ph type="title"/.test(xml)) return xml;
  const sp =
    '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr>' +
    `<p:spPr><a:xfrm><a:off x="${emu(box.x)}" y="${emu(box.y)}"/><a:ext cx="${emu(box.w)}" cy="${emu(box.h)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>` +
    `<p:txBody><a:bodyPr vert="horz" wrap="square" anchor="t"><a:noAutofit/></a:bodyPr><a:lstStyle/><a:p><a:endParaRPr lang="${lang}"/></a:p></p:txBody></p:sp>`;
  return xml
    .replace(/(<p:spTree>[\s\S]*?<\/p:grpSpPr>)/, `$1${sp}`)
    .replace(/(<p:titleStyle>\s*<a:lvl1pPr\b[^>]*?)\salgn="ctr"/, '$1 algn="l"');
}

/** A portrait notes page of 7.5 × 10 in, the size the notes master's placeholders are drawn for. */
export function notesPageSize(presentationXml: string): string {
  return presentationXml.replace(/<p:notesSz\b[^>]*\/>/, '<p:notesSz cx="6858000" cy="9144000"/>');
}
