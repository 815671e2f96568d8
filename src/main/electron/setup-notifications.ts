import type { BrowserWindow, Notification as NotificationClass } from 'electron'
import type { Lead } from '../../shared/domain'
import type { EventBus } from '../core/event-bus'
import { showWindow } from './show-window'

interface Deps {
  Notification: typeof NotificationClass
  events: EventBus
  window: BrowserWindow
}

/**
 * A desktop notification for each lead that arrives while the owner is not looking at the inbox
 * (window hidden in the tray, minimised or behind another app); clicking it opens the inbox.
 */
export function setupNotifications({ Notification, events, window }: Deps): () => void {
  // Held until clicked or closed: an unreferenced notification can be collected and lose its click.
  const live = new Set<NotificationClass>()
  return events.on('leads:received', (lead) => {
    // A platform's test submission is not news; it is shown among the test leads only.
    if (lead.isTest || !Notification.isSupported() || isWatching(window)) return
    const notification = new Notification(describe(lead))
    live.add(notification)
    const forget = () => live.delete(notification)
    notification.on('click', () => {
      forget()
      showWindow(window)
    })
    notification.on('close', forget)
    notification.on('failed', forget)
    notification.show()
  })
}

function isWatching(window: BrowserWindow): boolean {
  return !window.isDestroyed() && window.isVisible() && window.isFocused()
}

/** Name and source only: notifications show on lock screens, so no phone or email. */
function describe(lead: Lead): { title: string; body: string } {
  const name = lead.name || (lead.fetch?.state === 'pending' ? 'details on the way' : 'unnamed')
  return { title: `New lead: ${name}`, body: lead.source ? `From ${lead.source}` : '' }
}
