import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface PayloadFile {
  file: string
  source: string
  method: 'GET' | 'POST'
  content_type: string
  query: string
  headers?: Record<string, string>
  body: string
  expected: Record<string, any>
}

export const PAYLOAD_DIR = join(import.meta.dirname, '..', 'fixtures', 'payloads')

/** Every shared payload file: real request shapes from lead platforms, each with the lead it must become. */
export function loadPayloadFiles(): PayloadFile[] {
  return readdirSync(PAYLOAD_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...JSON.parse(readFileSync(join(PAYLOAD_DIR, file), 'utf8')) }))
}

/** Sends the request exactly as the platform does: method, content type, query string and body bytes. */
export async function sendPayloadFile(url: string, p: PayloadFile) {
  const headers: Record<string, string> = { ...(p.headers ?? {}) }
  if (p.content_type) headers['content-type'] = p.content_type
  const target = p.query ? `${url}?${p.query}` : url
  const res = await fetch(target, { method: p.method, headers, body: p.method === 'GET' ? undefined : Buffer.from(p.body, 'utf8') as unknown as BodyInit })
  const text = await res.text()
  let json: any = null
  try {
    json = JSON.parse(text)
  } catch {
    /* not JSON: the Facebook challenge is plain text */
  }
  return { status: res.status, text, json, contentType: res.headers.get('content-type') ?? '' }
}
