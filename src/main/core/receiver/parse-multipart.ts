import busboy from 'busboy'
import { AppErrorException } from '../../../shared/app-error'
import { parseForm } from './parse-form'

export interface ReceivedFile {
  field: string
  filename: string
  contentType: string
  bytes: number
}

/**
 * multipart/form-data (HTML forms with a file input): the text parts are read like a form body
 * (bracket keys, repeated names), file parts are measured and dropped: a lead keeps each file's
 * name and size, never its bytes.
 */
export function parseMultipart(body: Buffer, contentType: string): Promise<{ fields: Record<string, unknown>; files: ReceivedFile[] }> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy
    try {
      parser = busboy({ headers: { 'content-type': contentType }, limits: { fields: 2000, fieldSize: 1024 * 1024 } })
    } catch (err) {
      return reject(new AppErrorException('invalid_multipart', `The multipart body cannot be read: ${(err as Error).message}`, 400))
    }
    const pairs = new URLSearchParams()
    const files: ReceivedFile[] = []
    parser.on('field', (name, value) => pairs.append(name, value))
    parser.on('file', (field, stream, info) => {
      const file = { field, filename: info.filename ?? '', contentType: info.mimeType, bytes: 0 }
      files.push(file)
      stream.on('data', (chunk: Buffer) => (file.bytes += chunk.length))
    })
    parser.on('error', (err: Error) => reject(new AppErrorException('invalid_multipart', `The multipart body cannot be read: ${err.message}`, 400)))
    parser.on('close', () => resolve({ fields: parseForm(pairs.toString()), files }))
    parser.end(body)
  })
}
