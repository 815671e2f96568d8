import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createCore } from '../../src/main/core/create-core'
import { silentLogger, type Logger } from '../../src/main/core/logger'
import { CONTENT_SECURITY_POLICY } from '../../src/main/electron/content-security-policy'
import { resolveAppPage } from '../../src/main/electron/resolve-app-page'
import { startDesktop, type Desktop } from '../../src/main/electron/start-desktop'
import { commandNames, eventNames } from '../../src/shared/contract'
import type { CratioBridge as PreloadBridge } from '../../src/preload/index'
import type { CratioBridge as RendererBridge } from '../../src/renderer/src/lib/api-client/types'
import type { Webhook } from '../../src/shared/domain'
import { createEvent, fake, FakeFrame, FakeWebContents, resetFakeElectron, type FakeBrowserWindow } from './fake-electron'

// The shell imports 'electron'; here it gets the recording fake instead (the binary is not installable).
vi.mock('electron', async () => await import('./fake-electron'))

const mainDir = resolve('out/main')
const pageUrl = pathToFileURL(resolve('out/renderer/index.html')).href
let dataDir: string
let desktop: Desktop | null

async function start(options: { receiverPort?: number; logger?: Logger } = {}) {
  fake.app.userData = dataDir
  desktop = await startDesktop({ mainDir, env: {}, receiverPort: 0, tunnel: { tunnelEnabled: false }, logger: silentLogger, ...options })
  return desktop
}

const win = () => fake.state.windows[0] as FakeBrowserWindow
const fromOurWindow = () => ({ sender: win().webContents, senderFrame: win().webContents.mainFrame })
type Sender = { sender: unknown; senderFrame: FakeFrame | null }
const call = (name: string, input?: unknown, from: Sender = fromOurWindow()) => fake.ipcMain.invoke(name, from, input) as Promise<any>

async function createWebhook(name = 'Website form'): Promise<Webhook> {
  const answer = await call('webhooks:create', { name, sourceLabel: 'Website', platform: 'website' })
  expect(answer.ok).toBe(true)
  return answer.value
}

const postLead = (webhook: Webhook, lead: Record<string, string>) =>
  fetch(webhook.localUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(lead) })

/** Quits the way a user does (Electron's quit sequence in the fake) and waits for the core to stop. */
async function quit() {
  fake.app.quit()
  await vi.waitFor(() => expect(fake.app.hasQuit).toBe(true))
}

beforeEach(async () => {
  resetFakeElectron()
  desktop = null
  dataDir = await mkdtemp(join(tmpdir(), 'cratio-shell-'))
})

afterEach(async () => {
  if (desktop && !fake.app.hasQuit) await quit()
  await rm(dataDir, { recursive: true, force: true })
})

describe('IPC bridge', () => {
  beforeEach(() => start())

  it('registers exactly one handler per contract command, and no others', () => {
    // The fake, like Electron, throws on a second handler for a channel, so start() proves "one".
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...commandNames].sort())
  })

  it('refuses calls from senders that are not our window showing our page', async () => {
    const navigatedAway = { sender: win().webContents, senderFrame: new FakeFrame('https://evil.example/') }
    const subFrame = Object.assign(new FakeFrame(pageUrl), { parent: win().webContents.mainFrame })
    const foreign = new FakeWebContents()
    foreign.mainFrame.url = pageUrl
    const senders = [
      navigatedAway,
      { sender: win().webContents, senderFrame: subFrame },
      { sender: foreign, senderFrame: foreign.mainFrame },
      { sender: win().webContents, senderFrame: null },
    ]
    for (const from of senders) {
      expect(await call('webhooks:create', { name: 'Sneaky', platform: 'custom' }, from)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
    expect(await call('webhooks:list', {})).toEqual({ ok: true, value: [] })
  })

  it('runs a command from our window end to end: create, then list', async () => {
    const created = await createWebhook('Facebook ads')
    expect(created).toMatchObject({ name: 'Facebook ads', platform: 'website', enabled: true })
    const listed = await call('webhooks:list', {})
    expect(listed).toMatchObject({ ok: true, value: [{ id: created.id, name: 'Facebook ads' }] })
  })

  it('answers invalid input with invalid_input, as data', async () => {
    const answer = await call('webhooks:create', { name: '', platform: 'myspace' })
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })

  it('forwards core events to the window, and only contract events', async () => {
    const webhook = await createWebhook()
    expect((await postLead(webhook, { name: 'Asha Rao', phone: '9876543210' })).status).toBe(200)
    desktop!.core.events.emit('secrets:leaked' as never, {} as never)
    const sent = win().webContents.sent
    expect(sent).toContainEqual({ channel: 'webhooks:changed', payload: { id: webhook.id, deleted: false } })
    expect(sent.find((m) => m.channel === 'leads:received')?.payload).toMatchObject({ name: 'Asha Rao', webhookId: webhook.id })
    expect(sent.every((m) => (eventNames as string[]).includes(m.channel))).toBe(true)
  })
})

describe('window and web security', () => {
  beforeEach(() => start())

  it('opens one window with secure webPreferences, the built preload and the built page', () => {
    expect(fake.state.windows).toHaveLength(1)
    const prefs = win().options.webPreferences!
    expect(prefs).toMatchObject({ contextIsolation: true, nodeIntegration: false, sandbox: true, webSecurity: true })
    expect(prefs.preload).toBe(resolve('out/preload/index.cjs'))
    expect(String(prefs.preload).endsWith(join('preload', 'index.cjs'))).toBe(true)
    expect(win().loadedUrl).toBe(pageUrl)
  })

  it('prevents navigation anywhere but the app page', () => {
    const navigate = (url: string) => {
      const event = createEvent({ url, isMainFrame: true })
      win().webContents.emit('will-navigate', event)
      return event.defaultPrevented
    }
    expect(navigate('https://evil.example/')).toBe(true)
    expect(navigate('file:///etc/passwd')).toBe(true)
    expect(navigate(`${pageUrl}#/leads`)).toBe(false)
  })

  it('denies window.open and <webview>, sending only http(s) links to the system browser', () => {
    const open = win().webContents.windowOpenHandler!
    for (const url of ['https://example.com/help', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share']) {
      expect(open({ url })).toEqual({ action: 'deny' })
    }
    expect(fake.state.opened).toEqual(['https://example.com/help'])
    const attach = createEvent()
    win().webContents.emit('will-attach-webview', attach, {}, {})
    expect(attach.defaultPrevented).toBe(true)
  })

  it('denies every permission, except clipboard writes from our own page', () => {
    const request = (permission: string, requestingUrl: string) => {
      const answer = vi.fn()
      fake.state.permissionRequest!(win().webContents, permission, answer, { requestingUrl, isMainFrame: true })
      return answer.mock.calls[0]?.[0]
    }
    const check = (permission: string, requestingUrl?: string) =>
      fake.state.permissionCheck!(win().webContents, permission, 'file:///', { requestingUrl, isMainFrame: true })
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(request(permission, pageUrl)).toBe(false)
      expect(check(permission, pageUrl)).toBe(false)
    }
    expect(request('clipboard-sanitized-write', pageUrl)).toBe(true)
    expect(check('clipboard-sanitized-write')).toBe(true) // no requestingUrl: the window's own URL decides
    expect(request('clipboard-sanitized-write', 'https://evil.example/')).toBe(false)
    expect(check('clipboard-sanitized-write', 'https://evil.example/')).toBe(false)
  })

  it("adds the renderer's CSP to every response as a header", async () => {
    const callback = vi.fn()
    fake.state.headersListener!({ url: 'http://localhost:5173/', responseHeaders: { 'X-Kept': ['1'] } }, callback)
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'X-Kept': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
    const html = await readFile('src/renderer/index.html', 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    expect(meta, 'the header and the meta tag must say the same').toBe(CONTENT_SECURITY_POLICY)
  })
})

describe('app page', () => {
  it('loads the dev server only when unpackaged and on loopback', () => {
    const dev = { ELECTRON_RENDERER_URL: 'http://localhost:5173/' }
    expect(resolveAppPage({ mainDir, isPackaged: false, env: dev }).url).toBe('http://localhost:5173/')
    expect(resolveAppPage({ mainDir, isPackaged: true, env: dev }).url).toBe(pageUrl)
    expect(resolveAppPage({ mainDir, isPackaged: false, env: { ELECTRON_RENDERER_URL: 'https://evil.example/' } }).url).toBe(pageUrl)
    const page = resolveAppPage({ mainDir, isPackaged: false, env: dev })
    expect(page.isAppPage('http://localhost:5173/#/inbox')).toBe(true)
    expect(page.isAppPage('http://localhost:5174/')).toBe(false)
  })

  it('recognises only the built index.html as the production page', () => {
    const page = resolveAppPage({ mainDir, isPackaged: true, env: {} })
    expect(page.isAppPage(`${pageUrl}?x=1#/webhooks`)).toBe(true)
    expect(page.isAppPage(pathToFileURL(resolve('out/renderer/other.html')).href)).toBe(false)
    expect(page.isAppPage('not a url')).toBe(false)
  })
})

describe('tray, notifications and quit', () => {
  beforeEach(() => start())

  it('hides the window on close and keeps receiving leads', async () => {
    const webhook = await createWebhook()
    win().close()
    expect(win().isDestroyed()).toBe(false)
    expect(win().isVisible()).toBe(false)
    expect((await postLead(webhook, { name: 'Ravi' })).status).toBe(200)
  })

  it('notifies a lead that arrives while the window is hidden; clicking opens the window', async () => {
    const webhook = await createWebhook()
    win().close()
    await postLead(webhook, { name: 'Asha Rao', email: 'asha@example.com' })
    await vi.waitFor(() => expect(fake.state.notifications).toHaveLength(1))
    const [notification] = fake.state.notifications
    expect(notification!.options).toEqual({ title: 'New lead: Asha Rao', body: 'From Website' })
    notification!.emit('click', createEvent())
    expect(win().isVisible() && win().isFocused()).toBe(true)
  })

  it('does not notify while the owner is looking at the inbox', async () => {
    const webhook = await createWebhook()
    await postLead(webhook, { name: 'Seen already' })
    await vi.waitFor(() => expect(win().webContents.sent.some((m) => m.channel === 'leads:received')).toBe(true))
    expect(fake.state.notifications).toHaveLength(0)
  })

  it('notifies once when the core says the tunnel has been down too long, even to someone watching; clicking opens the window', async () => {
    desktop!.core.events.emit('tunnel:down-too-long', { since: '2025-01-01T09:30:00.000Z', reason: 'cannot reach https://localtunnel.me (ENOTFOUND)' })
    await vi.waitFor(() => expect(fake.state.notifications).toHaveLength(1))
    const [notification] = fake.state.notifications
    expect(notification!.options.title).toBe('Leads cannot reach this computer')
    expect(notification!.options.body).toContain('(cannot reach https://localtunnel.me (ENOTFOUND))')
    win().close()
    notification!.emit('click', createEvent())
    expect(win().isVisible() && win().isFocused()).toBe(true)
  })

  it('has a tray menu that opens the window, and a second launch brings it forward', () => {
    const items = fake.state.trays[0]!.menu!.items
    expect(items.filter((i) => i.label).map((i) => i.label)).toEqual(['Open Cratio Desk', 'Quit'])
    win().close()
    items.find((i) => i.label === 'Open Cratio Desk')!.click!()
    expect(win().isVisible()).toBe(true)
    win().close()
    fake.app.emit('second-instance', createEvent(), [], '/', {})
    expect(win().isVisible() && win().isFocused()).toBe(true)
  })

  it('really quits from the tray: the window closes, the receiver stops, the data folder is released', async () => {
    const receiverUrl = desktop!.core.receiverUrl()
    // What a real process exit would leave behind: the lock must be gone before Electron quits.
    let lockedAtExit: boolean | null = null
    fake.app.once('quit', () => (lockedAtExit = existsSync(join(dataDir, 'cratio.lock'))))
    fake.state.trays[0]!.menu!.items.find((i) => i.label === 'Quit')!.click!()
    await vi.waitFor(() => expect(fake.app.hasQuit).toBe(true))
    expect(lockedAtExit).toBe(false)
    expect(win().isDestroyed()).toBe(true)
    await expect(fetch(`${receiverUrl}/health`)).rejects.toThrow()
    const next = await createCore({ dataDir, receiverPort: 0, tunnel: { tunnelEnabled: false }, logger: silentLogger })
    await next.stop()
  })
})

describe('start-up', () => {
  let busy: Server | null = null
  afterAll(() => busy?.close())

  it('a second instance quits without starting anything', async () => {
    fake.app.hasLock = false
    expect(await start()).toBeNull()
    expect(fake.app.quitCalls).toBe(1)
    expect(fake.ipcMain.handlers.size).toBe(0)
    expect(fake.state.windows).toHaveLength(0)
  })

  it('falls back to any free port when the receiver port is taken, and says so', async () => {
    busy = createServer()
    await new Promise<void>((done) => busy!.listen(0, '127.0.0.1', done))
    const taken = (busy.address() as { port: number }).port
    const warnings: string[] = []
    await start({ receiverPort: taken, logger: { ...silentLogger, warn: (m) => void warnings.push(m) } })
    const port = Number(new URL(desktop!.core.receiverUrl()).port)
    expect(port).not.toBe(taken)
    expect(port).toBeGreaterThan(0)
    expect(warnings.join('\n')).toContain(`${taken} is in use`)
  })

  it('explains a failed start in a dialog and exits (data folder held by another instance)', async () => {
    const other = await createCore({ dataDir, receiverPort: 0, tunnel: { tunnelEnabled: false }, logger: silentLogger })
    try {
      expect(await start()).toBeNull()
      expect(fake.state.errorBoxes[0]?.content).toContain('Another Cratio Desk')
      expect(fake.app.exitCode).toBe(1)
    } finally {
      await other.stop()
    }
  })

  it('the real entry (src/main/index.ts) goes through the single-instance lock', async () => {
    fake.app.hasLock = false
    await import('../../src/main/index')
    await vi.waitFor(() => expect(fake.app.quitCalls).toBe(1))
    expect(fake.state.windows).toHaveLength(0)
  })
})

// Compile-time: what the preload exposes is what the renderer's IPC transport expects (tsc fails on drift).
const _sameBridge: RendererBridge = {} as PreloadBridge
void _sameBridge

describe('preload', () => {
  let bridge: Record<string, any>
  beforeAll(async () => {
    await import('../../src/preload/index')
    bridge = fake.state.exposed.cratio
  })
  beforeEach(() => start())

  it('exposes exactly window.cratio with invoke and on', () => {
    expect(Object.keys(fake.state.exposed)).toEqual(['cratio'])
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on'])
  })

  it('refuses an unknown command without reaching the main process', async () => {
    expect(await bridge.invoke('fs:read', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'unknown_command' } })
    expect(await bridge.invoke({ toString: () => 'webhooks:list' })).toMatchObject({ ok: false, error: { code: 'unknown_command' } })
    expect(fake.ipcRenderer.invoked).toHaveLength(0)
  })

  it('reaches the core for contract commands', async () => {
    const created = await bridge.invoke('webhooks:create', { name: 'IndiaMART', platform: 'indiamart' })
    expect(created).toMatchObject({ ok: true, value: { name: 'IndiaMART' } })
    expect(await bridge.invoke('webhooks:list')).toMatchObject({ ok: true, value: [{ id: created.value.id }] })
  })

  it('ignores unknown events, and hands listeners the payload only', async () => {
    const unknown = bridge.on('secrets:leaked', vi.fn())
    expect(typeof unknown).toBe('function')
    expect(fake.ipcRenderer.listenerCount('secrets:leaked')).toBe(0)

    const listener = vi.fn()
    const off = bridge.on('webhooks:changed', listener)
    const created = await bridge.invoke('webhooks:create', { name: 'JustDial', platform: 'justdial' })
    expect(listener).toHaveBeenCalledWith({ id: created.value.id, deleted: false })
    expect(listener.mock.calls.every((args) => args.length === 1)).toBe(true)
    off()
    expect(fake.ipcRenderer.listenerCount('webhooks:changed')).toBe(0)
  })
})
