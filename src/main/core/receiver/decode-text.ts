import { AppErrorException } from '../../../shared/app-error'

// Labels the web reads as windows-1252 (WHATWG Encoding): Node 20's decoder reads them as plain
// latin-1, so bytes 0x80-0x9F (€, curly quotes, dashes, ™) would turn into invisible controls.
const WINDOWS_1252 = new Set(['windows-1252', 'cp1252', 'x-cp1252', 'latin1', 'iso-8859-1', 'iso8859-1', 'l1', 'us-ascii', 'ascii', 'iso_8859-1'])
// prettier-ignore
const HIGH = ['€', '\u0081', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u008d', 'Ž', '\u008f', '\u0090', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u009d', 'ž', 'Ÿ']

/** The body as text in its declared charset (UTF-8 when none is given, as the web assumes). */
export function decodeText(body: Buffer, contentType: string): string {
  const charset = /;\s*charset="?([^";]+)"?/i.exec(contentType)?.[1]?.trim().toLowerCase() ?? 'utf-8'
  if (WINDOWS_1252.has(charset)) return Array.from(body, (b) => (b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80]! : String.fromCharCode(b))).join('')
  try {
    // ignoreBOM false: a UTF-8 BOM (some Windows tools send one) is stripped, not kept as text.
    return new TextDecoder(charset).decode(body)
  } catch {
    throw new AppErrorException('unsupported_charset', `The charset "${charset}" is not supported: send UTF-8.`, 415)
  }
}
