import type { App, Shell, WebContents } from 'electron'
import type { Logger } from '../core/logger'

interface Deps {
  app: App
  shell: Shell
  isAppPage: (url: string) => boolean
  logger: Logger
}

/**
 * Every web contents this app ever creates stays on the app's own page: navigation elsewhere is
 * cancelled, no new windows or <webview>s are created, and http(s) links meant to open a new
 * window go to the system browser instead, where a page has none of this app's powers.
 */
export function setupNavigationGuards({ app, shell, isAppPage, logger }: Deps): void {
  app.on('web-contents-created', (_event, contents) => guard(contents, { shell, isAppPage, logger }))
}

function guard(contents: WebContents, { shell, isAppPage, logger }: Omit<Deps, 'app'>): void {
  contents.on('will-navigate', (event) => {
    if (isAppPage(event.url)) return
    event.preventDefault()
    logger.warn('blocked a navigation away from the app', { url: event.url })
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isHttpUrl(url)) shell.openExternal(url).catch((err: Error) => logger.warn('could not open a link', { url, err: err.message }))
    return { action: 'deny' }
  })
}

/** Only web links leave the app: never file:, javascript:, custom protocol handlers and the like. */
function isHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url)
    return protocol === 'https:' || protocol === 'http:'
  } catch {
    return false
  }
}
