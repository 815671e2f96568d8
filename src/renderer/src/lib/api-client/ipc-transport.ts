import type { CratioBridge, Transport } from './types'

/**
 * The Electron transport: the preload's bridge already speaks the contract, so this only adapts
 * it. IPC has no connection to lose, so it is always live.
 */
export function createIpcTransport(bridge: CratioBridge): Transport {
  return {
    invoke: (command, input) => bridge.invoke(command, input as never),
    on: (event, listener) => bridge.on(event, listener),
    onConnection(listener) {
      listener('live')
      return () => {}
    },
  }
}
