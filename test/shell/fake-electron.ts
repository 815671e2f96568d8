import { EventEmitter } from 'node:events'

/**
 * A small stand-in for the `electron` module (the binary cannot be installed here), in the spirit
 * of Electron Fiddle's mocks: each object records what the shell did with it, and behaves like
 * Electron where the shell depends on the behaviour (preventable events, one handler per IPC
 * channel, the quit sequence). Used through `vi.mock('electron', ...)`. `resetFakeElectron()`
 * clears everything in place, since the shell holds the objects it imported.
 */

type Listener = (...args: any[]) => unknown

/** Electron's preventable events: `preventDefault()` plus the event's own details. */
export function createEvent<T extends object>(details: T = {} as T) {
  return Object.assign({ defaultPrevented: false, preventDefault() { this.defaultPrevented = true } }, details)
}

export class FakeFrame {
  parent: FakeFrame | null = null
  constructor(public url = '') {}
}

let nextId = 1

export class FakeWebContents extends EventEmitter {
  id = nextId++
  mainFrame = new FakeFrame()
  sent: Array<{ channel: string; payload: unknown }> = []
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload })
    // One renderer world: what the main process sends reaches the fake ipcRenderer (and the preload).
    ipcRenderer.emit(channel, { sender: ipcRenderer }, payload)
  }
  getURL() {
    return this.mainFrame.url
  }
  setWindowOpenHandler(handler: FakeWebContents['windowOpenHandler']) {
    this.windowOpenHandler = handler
  }
  isDestroyed() {
    return false
  }
}

export class FakeBrowserWindow extends EventEmitter {
  webContents = new FakeWebContents()
  loadedUrl: string | null = null
  visible = true
  focused = true
  minimized = false
  destroyed = false
  constructor(public options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>) {
    super()
    state.windows.push(this)
    app.emit('web-contents-created', createEvent(), this.webContents)
  }
  async loadURL(url: string) {
    this.loadedUrl = url
    this.webContents.mainFrame.url = url
  }
  show() { this.visible = true }
  hide() { this.visible = false; this.focused = false }
  focus() { this.focused = true }
  restore() { this.minimized = false }
  isVisible() { return this.visible }
  isFocused() { return this.focused }
  isMinimized() { return this.minimized }
  isDestroyed() { return this.destroyed }
  /** Like Electron: 'close' may be prevented; otherwise the window is gone. */
  close() {
    const event = createEvent()
    this.emit('close', event)
    if (event.defaultPrevented) return
    this.destroyed = true
    this.emit('closed')
  }
  static getAllWindows() {
    return state.windows.filter((w) => !w.destroyed)
  }
  static fromWebContents(contents: FakeWebContents) {
    return state.windows.find((w) => w.webContents === contents) ?? null
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false
  hasLock = true
  userData = ''
  quitCalls = 0
  exitCode: number | null = null
  hasQuit = false
  requestSingleInstanceLock() { return this.hasLock }
  getPath(name: string) {
    if (name !== 'userData') throw new Error(`the fake app only knows userData, not ${name}`)
    return this.userData
  }
  getVersion() { return '9.9.9-test' }
  whenReady() { return Promise.resolve() }
  /** Electron's order: before-quit, close every window (a prevented close cancels), will-quit, quit. */
  quit() {
    this.quitCalls++
    const before = createEvent()
    this.emit('before-quit', before)
    if (before.defaultPrevented) return
    for (const w of FakeBrowserWindow.getAllWindows()) w.close()
    if (FakeBrowserWindow.getAllWindows().length) return
    const willQuit = createEvent()
    this.emit('will-quit', willQuit)
    if (willQuit.defaultPrevented) return
    this.hasQuit = true
    this.emit('quit')
  }
  exit(code = 0) {
    this.exitCode = code
    this.hasQuit = true
  }
}

class FakeIpcMain {
  handlers = new Map<string, Listener>()
  handle(channel: string, handler: Listener) {
    // Electron throws on a second handler for a channel; so does the fake.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    this.handlers.set(channel, handler)
  }
  removeHandler(channel: string) {
    this.handlers.delete(channel)
  }
  /** Calls a handler the way Electron does: an invoke event naming the sender, then the arguments. */
  invoke(channel: string, from: { sender: unknown; senderFrame: FakeFrame | null }, ...args: unknown[]) {
    const handler = this.handlers.get(channel)
    if (!handler) throw new Error(`No handler registered for '${channel}'`)
    return Promise.resolve(handler({ ...from, processId: 1, frameId: 1 }, ...args))
  }
}

class FakeIpcRenderer extends EventEmitter {
  invoked: Array<{ channel: string; args: unknown[] }> = []
  /** Reaches the main handlers as the newest window's top frame, like a preload in that window. */
  invoke(channel: string, ...args: unknown[]) {
    this.invoked.push({ channel, args })
    const window = state.windows.at(-1)
    const from = { sender: window?.webContents ?? null, senderFrame: window?.webContents.mainFrame ?? null }
    return ipcMain.invoke(channel, from, ...args)
  }
}

export class FakeTray extends EventEmitter {
  tooltip = ''
  menu: FakeMenu | null = null
  constructor(public image: unknown) {
    super()
    state.trays.push(this)
  }
  setToolTip(text: string) { this.tooltip = text }
  setContextMenu(menu: FakeMenu) { this.menu = menu }
}

export interface FakeMenuItem {
  label?: string
  type?: string
  click?: () => void
}
export class FakeMenu {
  constructor(public items: FakeMenuItem[]) {}
  static buildFromTemplate(items: FakeMenuItem[]) {
    return new FakeMenu(items)
  }
}

export class FakeNotification extends EventEmitter {
  shown = false
  constructor(public options: { title: string; body: string }) {
    super()
  }
  show() {
    this.shown = true
    state.notifications.push(this)
  }
  static isSupported() { return true }
}

const state = {
  windows: [] as FakeBrowserWindow[],
  trays: [] as FakeTray[],
  notifications: [] as FakeNotification[],
  opened: [] as string[],
  errorBoxes: [] as Array<{ title: string; content: string }>,
  exposed: {} as Record<string, any>,
  headersListener: null as Listener | null,
  permissionRequest: null as Listener | null,
  permissionCheck: null as Listener | null,
}

export const app = new FakeApp()
export const ipcMain = new FakeIpcMain()
export const ipcRenderer = new FakeIpcRenderer()
export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown) {
    state.exposed[key] = api
  },
}
export const session = {
  defaultSession: {
    webRequest: { onHeadersReceived: (listener: Listener) => void (state.headersListener = listener) },
    setPermissionRequestHandler: (handler: Listener) => void (state.permissionRequest = handler),
    setPermissionCheckHandler: (handler: Listener) => void (state.permissionCheck = handler),
  },
}
export const shell = {
  openExternal: async (url: string) => void state.opened.push(url),
}
export const dialog = {
  showErrorBox: (title: string, content: string) => void state.errorBoxes.push({ title, content }),
}
export const nativeImage = {
  createFromDataURL: (dataUrl: string) => ({ dataUrl, isEmpty: () => !dataUrl }),
}
export { FakeBrowserWindow as BrowserWindow, FakeTray as Tray, FakeMenu as Menu, FakeNotification as Notification }

export const fake = { state, app, ipcMain, ipcRenderer }

/** Forgets everything the shell did, keeping the objects it holds. Keeps what the preload exposed (it runs once). */
export function resetFakeElectron(): void {
  app.removeAllListeners()
  Object.assign(app, { isPackaged: false, hasLock: true, userData: '', quitCalls: 0, exitCode: null, hasQuit: false })
  ipcMain.handlers.clear()
  ipcRenderer.removeAllListeners()
  ipcRenderer.invoked.length = 0
  for (const list of [state.windows, state.trays, state.notifications, state.opened, state.errorBoxes]) list.length = 0
  Object.assign(state, { headersListener: null, permissionRequest: null, permissionCheck: null })
}
