import { createApiClient } from './create-api-client'
import { createHttpTransport } from './http-transport'
import { createIpcTransport } from './ipc-transport'
import { takeSessionSecret } from './session-secret'
import type { ApiClient } from './types'

/**
 * Chooses the transport once, at start-up: the Electron preload's bridge when it exists, else
 * HTTP + SSE to the headless shell, which needs the session secret from the printed link.
 * `null` means there is no secret: the app shows how to open the link instead.
 */
export function startApiClient(): ApiClient | null {
  if (window.cratio) return createApiClient(createIpcTransport(window.cratio))
  const secret = takeSessionSecret()
  return secret ? createApiClient(createHttpTransport(secret)) : null
}
