import type { IconName } from '../components/ui/Icon'

/** The app's screens, in sidebar order. Navigation is in-memory: the URL hash belongs to the secret. */
export const VIEWS = [
  { id: 'inbox', label: 'Inbox', icon: 'inbox' },
  { id: 'webhooks', label: 'Webhooks', icon: 'link' },
  { id: 'new-webhook', label: 'New webhook', icon: 'plus' },
  { id: 'activity', label: 'Activity', icon: 'activity' },
  { id: 'settings', label: 'Settings', icon: 'settings' },
] as const satisfies readonly { id: string; label: string; icon: IconName }[]

export type ViewId = (typeof VIEWS)[number]['id']
