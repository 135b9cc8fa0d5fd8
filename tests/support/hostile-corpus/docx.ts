import zlib from 'node:zlib';
import { writeZip, type ZipEntryInput } from '#tests/support/zip-writer.ts';
import { hostile, type HostileFile } from './hostile-file.ts';
import { sampleCvLines } from './pdf.ts';
import { formulaStrings, xssStrings } from './strings.ts';

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const contentTypes = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const wordNs = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[char]!);
}

export function documentXml(paragraphs: readonly string[], prolog = ''): string {
  const body = paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prolog}<w:document ${wordNs}><w:body>${body}</w:body></w:document>`;
}

/** A DOCX package around `document` (the text of word/document.xml, or its bytes), plus any extra entries. */
export function buildDocx(document: string | Buffer, extra: ZipEntryInput[] = []): Buffer {
  return writeZip([
    { name: '[Content_Types].xml', data: Buffer.from(contentTypes) },
    { name: '_rels/.rels', data: Buffer.from(rels) },
    { name: 'word/document.xml', data: typeof document === 'string' ? Buffer.from(document) : document },
    ...extra,
  ]);
}

/** A CV whose name and headline are markup and formulas, as an attacker would write them into a real-looking CV. */
export function injectionDocx(): Buffer {
  return buildDocx(documentXml([`${xssStrings[0]} ${formulaStrings[0]}`, xssStrings[1], ...sampleCvLines.slice(1), `Skills: ${formulaStrings[1]}, ${xssStrings[3]}`]));
}

/** word/document.xml of `megabytes` of spaces inside one paragraph: a few hundred kilobytes in the ZIP. */
function bombDocx(megabytes: number): Buffer {
  const spaces = Buffer.alloc(megabytes * 1024 * 1024, ' ');
  return buildDocx(Buffer.concat([Buffer.from(`<?xml version="1.0"?><w:document ${wordNs}><w:body><w:p><w:r><w:t>`), spaces, Buffer.from('</w:t></w:r></w:p></w:body></w:document>')]));
}

function nestedDocx(depth: number): Buffer {
  return buildDocx(`<?xml version="1.0"?><w:document ${wordNs}><w:body>${'<w:sdt><w:sdtContent>'.repeat(depth)}<w:p><w:r><w:t>Maria</w:t></w:r></w:p>${'</w:sdtContent></w:sdt>'.repeat(depth)}</w:body></w:document>`);
}

/** Entity expansion (a "billion laughs") and an external entity that names a file on the server. */
function entityDocx(): Buffer {
  const laughs = '<!DOCTYPE w:document [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
  return buildDocx(`<?xml version="1.0"?>${laughs}<w:document ${wordNs}><w:body><w:p><w:r><w:t>Maria Kowalski &f; &xxe;</w:t></w:r></w:p></w:body></w:document>`);
}

export function hostileDocxFiles(): HostileFile[] {
  const valid = buildDocx(documentXml(sampleCvLines));
  const docx = (label: string, bytes: Buffer | string | (() => Buffer | string), fileName = 'cv.docx') => hostile(label, fileName, docxType, bytes);
  return [
    docx('empty DOCX', Buffer.alloc(0)),
    docx('DOCX with an empty document', buildDocx(documentXml([]))),
    docx('truncated DOCX', valid.subarray(0, Math.floor(valid.length * 0.6))),
    docx('DOCX with malformed XML', buildDocx('<?xml version="1.0"?><w:document><w:body><w:p><w:t>Maria</w:body>')),
    docx('DOCX whose document inflates to 200 MB', () => bombDocx(200)),
    docx('DOCX nested 100 000 elements deep', () => nestedDocx(100_000)),
    docx('DOCX with entity expansion and an external entity', () => entityDocx()),
    docx('DOCX with markup and formulas as text', () => injectionDocx()),
    docx('ZIP without a document named .docx', writeZip([{ name: 'notes.txt', data: Buffer.from('hello') }])),
    docx('DOCX whose document is raw deflate garbage', writeZip([{ name: '[Content_Types].xml', data: Buffer.from(contentTypes) }, { name: 'word/document.xml', data: zlib.deflateRawSync(Buffer.from('x')), compress: false, declaredSize: 500_000_000 }])),
    docx('text file named .docx', sampleCvLines.join('\n')),
  ];
}
