import type { BrowserWindow } from 'electron'
import { isEventName } from '../../shared/contract'
import type { EventBus } from '../core/event-bus'

/** Sends every contract event from the core to every window we own; channel names are event names. */
export function setupEventForwarding({ events, windows }: { events: EventBus; windows: () => BrowserWindow[] }): () => void {
  return events.onAny((name, payload) => {
    if (!isEventName(name)) return
    for (const window of windows()) {
      if (!window.isDestroyed()) window.webContents.send(name, payload)
    }
  })
}
