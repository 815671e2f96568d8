import { decodeHTML } from 'entities'

/**
 * A value as the text a person should read: lists joined, HTML entities decoded once (IndiaMART
 * sends `&amp;`), `<br>` and WPForms' `||` line separators turned into new lines, runs of spaces
 * collapsed, every line trimmed. Numbers (a phone sent as a JSON number) become their digits.
 */
export function cleanText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (Array.isArray(value)) return value.map(cleanText).filter(Boolean).join(', ')
  if (typeof value === 'object') return JSON.stringify(value)
  const text = decodeHTML(String(value))
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/\|\|/g, '\n')
    .replace(/\r\n?/g, '\n')
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
