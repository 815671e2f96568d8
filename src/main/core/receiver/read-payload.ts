import { AppErrorException } from '../../../shared/app-error'
import { checkDepth } from './check-depth'
import { decodeText } from './decode-text'
import { parseForm } from './parse-form'
import { parseJson } from './parse-json'
import { parseMultipart, type ReceivedFile } from './parse-multipart'
import { parseXml } from './parse-xml'

export interface IncomingRequest {
  method: string
  contentType: string
  body: Buffer
  /** The raw query string, without "?". */
  query: string
}

export interface ReadPayload {
  payload: unknown
  files: ReceivedFile[]
  format: 'json' | 'form' | 'multipart' | 'xml' | 'query'
}

/**
 * Reads whatever a platform sent into a plain value, choosing the parser by content type and, where
 * senders mislabel (JSON as text/plain, no content type at all), by sniffing the text.
 * A GET carries the lead in its query string (JustDial pushes that way).
 */
export async function readPayload(req: IncomingRequest): Promise<ReadPayload> {
  const read = await readAny(req)
  checkDepth(read.payload)
  return read
}

async function readAny(req: IncomingRequest): Promise<ReadPayload> {
  if (req.method === 'GET') return { payload: parseForm(req.query), files: [], format: 'query' }
  if (req.body.length === 0) {
    if (req.query) return { payload: parseForm(req.query), files: [], format: 'query' }
    throw new AppErrorException('empty_body', 'The request body is empty: send the lead as JSON or as form fields.', 400)
  }
  const type = req.contentType.split(';')[0]!.trim().toLowerCase()
  if (type === 'multipart/form-data') {
    const { fields, files } = await parseMultipart(req.body, req.contentType)
    return { payload: fields, files, format: 'multipart' }
  }
  const text = decodeText(req.body, req.contentType)
  if (type === 'application/x-www-form-urlencoded') return { payload: parseForm(text), files: [], format: 'form' }
  if (type === 'application/json' || type.endsWith('+json')) return { payload: parseJson(text), files: [], format: 'json' }
  if (type === 'application/xml' || type === 'text/xml' || type.endsWith('+xml')) return { payload: parseXml(text), files: [], format: 'xml' }
  if (type === '' || type === 'text/plain' || type === 'application/octet-stream') return sniff(text)
  throw new AppErrorException(
    'unsupported_media_type',
    `Content-Type ${type} is not supported: send JSON, form fields (urlencoded or multipart) or XML.`,
    415,
  )
}

function sniff(text: string): ReadPayload {
  const start = text.trimStart()[0]
  if (start === '{' || start === '[') return { payload: parseJson(text), files: [], format: 'json' }
  if (start === '<') return { payload: parseXml(text), files: [], format: 'xml' }
  if (/^[^=&\s]+=/.test(text.trim())) return { payload: parseForm(text.trim()), files: [], format: 'form' }
  throw new AppErrorException('unreadable_body', 'The body is neither JSON, form fields nor XML.', 400)
}
