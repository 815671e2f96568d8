import { AppErrorException } from '../../../shared/app-error'

type Payload = Record<string, unknown>

/**
 * Reads a webhook body into one or more lead objects, choosing the parser by content type.
 * JSON (also JSON sent as text/plain, which landing-page builders do) and form-encoded bodies are
 * understood; anything else is refused with a message that says what was expected.
 */
export function parsePayload(body: Buffer, contentType: string): Payload[] {
  if (body.length === 0) throw new AppErrorException('empty_body', 'The request body is empty: send the lead as JSON.', 400)
  const type = contentType.split(';')[0]!.trim().toLowerCase()
  const text = body.toString('utf8')
  if (type === 'application/x-www-form-urlencoded') return [parseForm(text)]
  if (type === '' || type === 'text/plain' || type === 'application/json' || type.endsWith('+json')) {
    return toLeadObjects(parseJson(text))
  }
  throw new AppErrorException(
    'unsupported_media_type',
    `Content-Type ${type} is not supported: send application/json or application/x-www-form-urlencoded.`,
    415,
  )
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (err) {
    throw new AppErrorException('invalid_json', `The body is not valid JSON: ${(err as Error).message}`, 400)
  }
}

function parseForm(text: string): Payload {
  const entries = new Map<string, string | string[]>()
  for (const [key, value] of new URLSearchParams(text)) {
    const prev = entries.get(key)
    entries.set(key, prev === undefined ? value : [...(Array.isArray(prev) ? prev : [prev]), value])
  }
  return Object.fromEntries(entries)
}

const isObject = (v: unknown): v is Payload => typeof v === 'object' && v !== null && !Array.isArray(v)

function toLeadObjects(value: unknown): Payload[] {
  const items = Array.isArray(value) ? value : [value]
  if (items.length === 0 || !items.every(isObject)) {
    throw new AppErrorException('invalid_payload', 'Expected a JSON object with the lead\'s fields (or a list of them).', 422)
  }
  if (items.every((item) => Object.keys(item).length === 0)) {
    throw new AppErrorException('empty_payload', 'The JSON object has no fields: nothing to make a lead from.', 422)
  }
  return items
}
