import type { Session } from 'electron'

/**
 * Only the app's own files may load or be fetched. The same policy is in the meta tag of
 * src/renderer/index.html (a test keeps the two equal): the meta tag covers file:// pages, which
 * have no response headers; the header covers anything served over HTTP (the dev server).
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"

export function setupContentSecurityPolicy(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
}
