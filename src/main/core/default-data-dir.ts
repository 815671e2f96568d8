import { homedir } from 'node:os'
import { join } from 'node:path'

export const PRODUCT_NAME = 'Cratio Desk'

/** The same folder Electron's app.getPath('userData') gives, so both shells find the same data. */
export function defaultDataDir(env = process.env, platform = process.platform): string {
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME)
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME)
}
