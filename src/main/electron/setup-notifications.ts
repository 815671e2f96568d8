import type { BrowserWindow, Notification as NotificationClass } from 'electron'
import type { Lead, TunnelOutage } from '../../shared/domain'
import type { EventBus } from '../core/event-bus'
import { showWindow } from './show-window'

interface Deps {
  Notification: typeof NotificationClass
  events: EventBus
  window: BrowserWindow
}

/**
 * A desktop notification for each lead that arrives while the owner is not looking at the inbox
 * (window hidden in the tray, minimised or behind another app), and one when the tunnel has been
 * down too long (leads cannot arrive: worth saying even to someone looking); a click opens the window.
 */
export function setupNotifications({ Notification, events, window }: Deps): () => void {
  // Held until clicked or closed: an unreferenced notification can be collected and lose its click.
  const live = new Set<NotificationClass>()
  const show = (content: { title: string; body: string }) => {
    const notification = new Notification(content)
    live.add(notification)
    const forget = () => live.delete(notification)
    notification.on('click', () => {
      forget()
      showWindow(window)
    })
    notification.on('close', forget)
    notification.on('failed', forget)
    notification.show()
  }
  const offLeads = events.on('leads:received', (lead) => {
    // A platform's test submission is not news; it is shown among the test leads only.
    if (lead.isTest || !Notification.isSupported() || isWatching(window)) return
    show(describe(lead))
  })
  const offTunnel = events.on('tunnel:down-too-long', (outage) => {
    if (Notification.isSupported()) show(describeOutage(outage))
  })
  return () => {
    offLeads()
    offTunnel()
  }
}

function isWatching(window: BrowserWindow): boolean {
  return !window.isDestroyed() && window.isVisible() && window.isFocused()
}

/** Name and source only: notifications show on lock screens, so no phone or email. */
function describe(lead: Lead): { title: string; body: string } {
  const name = lead.name || (lead.fetch?.state === 'pending' ? 'details on the way' : 'unnamed')
  return { title: `New lead: ${name}`, body: lead.source ? `From ${lead.source}` : '' }
}

/** The core raises this once per outage, after a minute by default. */
function describeOutage({ since, reason }: TunnelOutage): { title: string; body: string } {
  const at = new Date(since).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
  return {
    title: 'Leads cannot reach this computer',
    body: `The public URL has been down since ${at}${reason ? ` (${reason})` : ''}. Cratio Desk keeps trying to reconnect.`,
  }
}
