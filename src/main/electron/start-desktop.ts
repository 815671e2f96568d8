import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeImage, Notification, session, shell, Tray } from 'electron'
import { createCommandDispatcher } from '../core/create-command-dispatcher'
import type { Core, CoreOptions } from '../core/create-core'
import { consoleLogger, type Logger } from '../core/logger'
import { setupContentSecurityPolicy } from './content-security-policy'
import { createMainWindow } from './create-main-window'
import { createSenderCheck } from './create-sender-check'
import { resolveAppPage } from './resolve-app-page'
import { setupCloseToTray } from './setup-close-to-tray'
import { setupEventForwarding } from './setup-event-forwarding'
import { setupIpc } from './setup-ipc'
import { setupNavigationGuards } from './setup-navigation-guards'
import { setupNotifications } from './setup-notifications'
import { setupPermissions } from './setup-permissions'
import { setupQuit } from './setup-quit'
import { setupSingleInstance } from './setup-single-instance'
import { setupTray } from './setup-tray'
import { showWindow } from './show-window'
import { startCore } from './start-core'

export interface DesktopOptions {
  /** The folder of the built main bundle (out/main); preload and renderer are found beside it. */
  mainDir: string
  /** The port to try first; any free port if it is taken. */
  receiverPort: number
  env?: NodeJS.ProcessEnv
  logger?: Logger
  /** Tests turn the tunnel off; the app uses the stored settings. */
  tunnel?: CoreOptions['tunnel']
}

export interface Desktop {
  core: Core
  window: BrowserWindow
  tray: Tray
}

/**
 * The Electron shell, one setupX() per feature in the order they depend on each other. Returns
 * null when this process must not run (a second instance, or the core could not start).
 */
export async function startDesktop(options: DesktopOptions): Promise<Desktop | null> {
  const logger = options.logger ?? consoleLogger
  let mainWindow: BrowserWindow | null = null
  if (!setupSingleInstance({ app, onSecondInstance: () => mainWindow && showWindow(mainWindow) })) return null
  await app.whenReady()

  const page = resolveAppPage({ mainDir: options.mainDir, isPackaged: app.isPackaged, env: options.env ?? process.env })
  setupContentSecurityPolicy(session.defaultSession)
  setupPermissions({ session: session.defaultSession, isAppPage: page.isAppPage })
  setupNavigationGuards({ app, shell, isAppPage: page.isAppPage, logger })

  const core = await startCoreOrExplain(options, logger)
  if (!core) return null
  // Handlers exist before the page loads, so its first call never races them.
  const ownWindows = () => (mainWindow ? [mainWindow] : [])
  const isTrustedSender = createSenderCheck({ ownWindows, isAppPage: page.isAppPage })
  setupIpc({ ipcMain, dispatch: createCommandDispatcher(core.api, logger), isTrustedSender, logger })
  setupEventForwarding({ events: core.events, windows: ownWindows })

  const preloadPath = join(options.mainDir, '../preload/index.cjs')
  mainWindow = createMainWindow({ BrowserWindow, preloadPath, pageUrl: page.url, logger })
  setupCloseToTray({ app, window: mainWindow })
  const tray = setupTray({ app, Tray, Menu, nativeImage, window: mainWindow })
  setupNotifications({ Notification, events: core.events, window: mainWindow })
  setupQuit({ app, core, logger })
  return { core, window: mainWindow, tray }
}

/** The user data folder, the receiver on the preferred port (or any), and a dialog if that fails. */
async function startCoreOrExplain(options: DesktopOptions, logger: Logger): Promise<Core | null> {
  try {
    return await startCore({
      dataDir: app.getPath('userData'),
      receiverPort: options.receiverPort,
      version: app.getVersion(),
      tunnel: options.tunnel,
      logger,
    })
  } catch (err) {
    logger.error('the core could not start', { err: String((err as Error)?.stack ?? err) })
    // Usually the data folder is held by a headless Cratio Desk; the message says so.
    dialog.showErrorBox('Cratio Desk could not start', (err as Error).message)
    app.exit(1)
    return null
  }
}
