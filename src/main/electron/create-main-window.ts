import type { BrowserWindow as BrowserWindowClass } from 'electron'
import type { Logger } from '../core/logger'

interface Options {
  BrowserWindow: typeof BrowserWindowClass
  /** out/preload/index.cjs: the only code with IPC access, and it exposes only the contract. */
  preloadPath: string
  pageUrl: string
  logger: Logger
}

/** The inbox window. The page gets no Node, runs in a sandbox, and reaches the app only through the preload. */
export function createMainWindow({ BrowserWindow, preloadPath, pageUrl, logger }: Options): BrowserWindowClass {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 1100, // the width the layout is made for (see .app in layout.css)
    minHeight: 600,
    title: 'Cratio Desk',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webSecurity: true,
    },
  })
  window.loadURL(pageUrl).catch((err: Error) => logger.error('the window could not load the app', { url: pageUrl, err: err.message }))
  return window
}
