import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export interface AppPage {
  /** What the window loads. */
  url: string
  /** True for the app's own renderer page (any route or hash on it), false for anything else. */
  isAppPage(url: string): boolean
}

interface Options {
  /** The folder of the built main bundle (out/main); the renderer is built beside it. */
  mainDir: string
  isPackaged: boolean
  env: NodeJS.ProcessEnv
}

/**
 * The one page that may hold the bridge: out/renderer/index.html, or the electron-vite dev server.
 * The dev URL is honoured only in an unpackaged app and only on loopback, so an environment
 * variable can never point a shipped app (and its IPC bridge) at someone else's site.
 */
export function resolveAppPage({ mainDir, isPackaged, env }: Options): AppPage {
  const devUrl = isPackaged ? null : parseLoopbackHttp(env.ELECTRON_RENDERER_URL)
  if (devUrl) return { url: devUrl.href, isAppPage: (url) => parse(url)?.origin === devUrl.origin }
  const file = pathToFileURL(join(mainDir, '../renderer/index.html'))
  return { url: file.href, isAppPage: (url) => isSameFile(parse(url), file) }
}

function isSameFile(url: URL | null, file: URL): boolean {
  // file: URLs have no origin ('null'); compare the decoded path, ignoring ?query and #route.
  return url?.protocol === 'file:' && url.host === file.host && fileURLToPath(url) === fileURLToPath(file)
}

function parseLoopbackHttp(value: string | undefined): URL | null {
  const url = parse(value)
  if (!url || url.protocol !== 'http:') return null
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) ? url : null
}

function parse(value: string | undefined): URL | null {
  if (!value) return null
  try {
    return new URL(value)
  } catch {
    return null
  }
}
