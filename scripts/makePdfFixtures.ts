/**
 * Writes the small PDF fixtures of test/fixtures/pdf-file-*: PDFs built by
 * hand (standard font, no tool needed), so they are tiny and reproducible.
 *
 *   npx tsx scripts/makePdfFixtures.ts
 */
import {mkdirSync, writeFileSync} from 'node:fs'

/** A PDF from its objects (numbered from 1, the first the catalog), with a correct cross-reference table. */
export function buildPdf(objects: string[], trailerExtra = ''): Uint8Array {
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(out, 'latin1'))
    out += `${index + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(out, 'latin1')
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}

const stream = (content: string): string => `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`
const text = (x: number, y: number, size: number, words: string): string => `BT /F1 ${size} Tf ${x} ${y} Td (${words}) Tj ET`

/** Two pages of a report: a running header on top, a page number at the bottom, a title, a heading and wrapped lines. */
function report(): string[] {
  const page1 = [
    text(72, 800, 9, 'Korea Peninsula Review'),
    text(72, 740, 18, 'The 2007 Inter-Korean Summit'),
    text(72, 700, 14, 'Background'),
    text(72, 670, 11, 'The second inter-Korean summit was held in Pyongyang from 2 October'),
    text(72, 655, 11, 'to 4 October 2007. President Roh Moo-hyun crossed the demarcation line'),
    text(72, 640, 11, 'on foot.'),
    text(297, 40, 9, '1')
  ].join('\n')
  const page2 = [
    text(72, 800, 9, 'Korea Peninsula Review'),
    text(72, 740, 14, 'Outcome'),
    text(72, 710, 11, 'On 4 October 2007 the two leaders signed a declaration on the'),
    text(72, 695, 11, 'development of inter-Korean relations.'),
    text(297, 40, 9, '2')
  ].join('\n')
  return [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 7 0 R >> >> >>',
    stream(page1),
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R /Resources << /Font << /F1 7 0 R >> >> >>',
    stream(page2),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
  ]
}

function imageOnly(): string[] {
  return [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>',
    stream('q 400 0 0 600 97 120 cm /Im1 Do Q'),
    '<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\u0000\u00ff\u00ff\u0000\nendstream'
  ]
}

const hex32 = (byte: string): string => `<${byte.repeat(32)}>`

const fixtures = new URL('../test/fixtures/', import.meta.url)
function write(folder: string, bytes: Uint8Array): void {
  mkdirSync(new URL(`${folder}/`, fixtures), {recursive: true})
  writeFileSync(new URL(`${folder}/input.pdf`, fixtures), bytes)
}

const text2 = buildPdf(report())
write('pdf-file-report', text2)
write('pdf-file-image-only', buildPdf(imageOnly()))
// Standard security handler with a user password: the empty password does not open it.
write('pdf-file-encrypted', buildPdf([...report(), `<< /Filter /Standard /V 1 /R 2 /O ${hex32('5A')} /U ${hex32('A5')} /P -44 >>`], `/Encrypt 8 0 R /ID [${hex32('01').slice(0, 34)}> ${hex32('01').slice(0, 34)}>] `))
// Cut in the middle of the first page's content: no cross-reference table, no page tree.
write('pdf-file-truncated', text2.subarray(0, 260))
