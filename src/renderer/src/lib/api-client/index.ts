/** The renderer's only way to reach the core. UI code imports from here, never fetch or window.cratio. */
export { ApiClientProvider, useApiClient } from './api-client-context'
export { ApiError, errorMessage } from './api-error'
export { forgetSessionSecret, reloadWhenSecretArrives } from './session-secret'
export { startApiClient } from './start-api-client'
export type { ApiClient, CommandInput, CommandOutput, ConnectionState, CratioBridge } from './types'
export { useConnectionState } from './use-connection-state'
export { useEvent } from './use-event'
export { useLiveQuery, type LiveQuery } from './use-live-query'
