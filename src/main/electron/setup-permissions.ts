import type { Session } from 'electron'

/**
 * Deny by default: the inbox needs no camera, microphone, location, notifications permission
 * (desktop notifications come from the main process) or anything else a web page can ask for.
 * The one exception is writing text to the clipboard from our own page: Chromium asks for
 * 'clipboard-sanitized-write' before every navigator.clipboard.writeText, and copying a webhook
 * URL is the app's main job. Both handlers are needed: requests prompt, checks are silent queries.
 */
const ALLOWED_FOR_APP_PAGE = new Set<string>(['clipboard-sanitized-write'])

export function setupPermissions({ session, isAppPage }: { session: Session; isAppPage: (url: string) => boolean }): void {
  const allows = (permission: string, url: string | undefined) => ALLOWED_FOR_APP_PAGE.has(permission) && !!url && isAppPage(url)
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => callback(allows(permission, details.requestingUrl)))
  session.setPermissionCheckHandler((webContents, permission, _origin, details) =>
    allows(permission, details.requestingUrl ?? webContents?.getURL()),
  )
}
