import { isSafeNumber, parse as parseLossless } from 'lossless-json'
import { AppErrorException } from '../../../shared/app-error'

// A run of 16+ digits may be a platform id beyond 2^53; only then pay for the lossless parser.
const LONG_NUMBER = /\d{16,}/

/**
 * JSON.parse, except that numbers a JavaScript number cannot hold exactly (big platform ids) are
 * kept as their exact digits, as strings. Keys like "__proto__" stay plain data in both parsers.
 */
export function parseJson(text: string): unknown {
  try {
    if (!LONG_NUMBER.test(text)) return JSON.parse(text)
    return parseLossless(text, null, (digits) => (isSafeNumber(digits) ? Number(digits) : digits))
  } catch (err) {
    throw new AppErrorException('invalid_json', `The body is not valid JSON: ${(err as Error).message}`, 400)
  }
}
