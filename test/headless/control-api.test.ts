import { request } from 'node:http'
import { stat, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { silentLogger } from '../../src/main/core/logger'
import { startHeadless } from '../../src/main/headless/start-headless'
import { makeDataDir, removeDir, SEED_LEAD } from '../support/test-core'

let app: Awaited<ReturnType<typeof startHeadless>>
let dir: string

beforeEach(async () => {
  dir = await makeDataDir()
  app = await startHeadless({ dataDir: dir, receiverPort: 0, controlPort: 0, tunnel: { tunnelEnabled: false }, uiDir: null, logger: silentLogger })
})
afterEach(async () => {
  await app.stop()
  await removeDir(dir)
})

/** node:http so the test can send any Host header (fetch forbids changing it). */
function raw(path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const { controlUrl } = app.runtime()
  const url = new URL(path, controlUrl)
  return new Promise<{ status: number; json: any }>((resolve, reject) => {
    const req = request(url, { method: opts.method ?? 'POST', headers: opts.headers }, (res) => {
      let text = ''
      res.on('data', (c) => (text += c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : null }))
    })
    req.on('error', reject)
    req.end(opts.body)
  })
}
const auth = () => ({ authorization: `Bearer ${app.runtime().secret}`, 'content-type': 'application/json' })
const call = (command: string, body: unknown = {}) => raw(`/api/${command}`, { headers: auth(), body: JSON.stringify(body) })

describe('the control API', () => {
  it('writes runtime.json, readable by its owner only, with everything a script needs', async () => {
    const file = join(dir, 'runtime.json')
    expect((await stat(file)).mode & 0o777).toBe(0o600)
    const rt = JSON.parse(await readFile(file, 'utf8'))
    expect(Object.keys(rt).sort()).toEqual(['controlUrl', 'pid', 'publicUrl', 'receiverUrl', 'secret', 'uiUrl'])
    expect(rt.controlUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(rt.uiUrl).toBe(`${rt.controlUrl}/#secret=${rt.secret}`)
    expect(rt.pid).toBe(process.pid)
    expect(rt.publicUrl).toBeNull()
  })

  it('answers commands as {ok, value} and bad input as {ok:false, error}', async () => {
    const created = await call('webhooks:create', { name: 'Site', sourceLabel: 'Website', platform: 'website' })
    expect(created.status).toBe(200)
    expect(created.json.ok).toBe(true)
    expect(created.json.value.url).toContain('/webhook/')
    const bad = await call('webhooks:create', { name: '', platform: 'myspace' })
    expect(bad.status).toBe(400)
    expect(bad.json).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(bad.json.error.message).toMatch(/name/)
    const unknown = await call('leads:drop-all')
    expect(unknown.status).toBe(404)
    expect(unknown.json.error.code).toBe('unknown_command')
    const missing = await call('leads:get', { id: '00000000-0000-4000-8000-000000000000' })
    expect(missing.json).toMatchObject({ ok: false, error: { code: 'lead_not_found' } })
  })

  it('answers unreadable or non-JSON input with the API shape, never a 500', async () => {
    const bad = await raw('/api/app:info', { headers: auth(), body: '{' })
    expect(bad.status).toBe(400)
    expect(bad.json).toMatchObject({ ok: false, error: { code: 'invalid_json' } })
    expect((await raw('/api/leads:list', { headers: auth(), body: 'null' })).json).toMatchObject({ ok: false, error: { code: 'invalid_json' } })
    const form = await raw('/api/leads:list', { headers: { ...auth(), 'content-type': 'application/x-www-form-urlencoded' }, body: 'limit=5' })
    expect(form.status).toBe(415)
    expect(form.json).toMatchObject({ ok: false, error: { code: 'unsupported_media_type' } })
    const lower = await raw('/api/leads:list', { headers: { ...auth(), authorization: `bearer ${app.runtime().secret}` }, body: '{}' })
    expect(lower.status).toBe(200)
  })

  it('refuses calls without the secret, with a wrong one, from another Host, or from another Origin', async () => {
    const missing = await raw('/api/leads:list', { body: '{}' })
    expect(missing.status).toBe(401)
    expect(missing.json).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    expect((await raw('/api/leads:list', { headers: { authorization: 'Bearer nope' }, body: '{}' })).status).toBe(401)
    const rebinding = await raw('/api/leads:list', { headers: { ...auth(), host: 'evil.example:80' }, body: '{}' })
    expect(rebinding.status).toBe(421)
    expect(rebinding.json.error.code).toBe('host_not_allowed')
    const csrf = await raw('/api/leads:list', { headers: { ...auth(), origin: 'https://evil.example' }, body: '{}' })
    expect(csrf.status).toBe(403)
    const sameOrigin = await raw('/api/leads:list', { headers: { ...auth(), origin: app.runtime().controlUrl }, body: '{}' })
    expect(sameOrigin.status).toBe(200)
  })

  it('streams core events as Server-Sent Events to an authorised client', async () => {
    const hook = (await call('webhooks:create', { name: 'FB', sourceLabel: 'Facebook', platform: 'facebook' })).json.value
    const controller = new AbortController()
    const res = await fetch(`${app.runtime().controlUrl}/api/events`, { headers: auth(), signal: controller.signal })
    expect(res.headers.get('content-type')).toBe('text/event-stream')
    const reader = res.body!.getReader()
    await reader.read() // ": connected"
    await fetch(hook.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(SEED_LEAD) })
    let text = ''
    const deadline = Date.now() + 5000
    while (!text.includes('event: leads:received') && Date.now() < deadline) text += new TextDecoder().decode((await reader.read()).value)
    controller.abort()
    const block = text.split('\n\n').find((b) => b.startsWith('event: leads:received'))!
    expect(JSON.parse(block.split('data: ')[1]!)).toMatchObject({ name: 'Rahul Sharma', webhookId: hook.id })
    expect((await fetch(`${app.runtime().controlUrl}/api/events`)).status).toBe(401)
  })

  it('the receiver serves neither the UI nor the API', async () => {
    const { receiverUrl, secret } = app.runtime()
    const res = await fetch(`${receiverUrl}/api/leads:list`, { method: 'POST', headers: { authorization: `Bearer ${secret}` }, body: '{}' })
    expect(res.status).toBe(404)
  })
})
