import { PLATFORM_NAMES } from '../../../shared/platforms'
import type { Platform } from './domain'

/** How each platform is named in the UI (named once, in src/shared/platforms.ts). */
export const PLATFORM_LABELS = Object.fromEntries(Object.entries(PLATFORM_NAMES).map(([p, n]) => [p, n.label])) as Record<Platform, string>

export const PLATFORMS = Object.keys(PLATFORM_LABELS) as Platform[]

export const platformLabel = (p: Platform) => PLATFORM_LABELS[p]

/**
 * Where the webhook URL lives on each platform: what to update when the public URL changes. The
 * same places the wizard's setup guides describe, in one line each.
 */
export const PLATFORM_URL_PLACES: Record<Platform, string> = {
  facebook: 'Zapier or Make: the URL of the “Webhooks by Zapier → POST” (or HTTP) step, then publish again',
  indiamart: 'IndiaMART Lead Manager → Settings → Integrations → Push API URL',
  justdial: 'Ask your JustDial account manager to change the lead push URL',
  'google-ads': 'Google Ads → Assets → Lead forms → Lead delivery → Webhook URL',
  website: 'Your form plugin’s webhook action (Elementor, WPForms, Contact Form 7…)',
  custom: 'Wherever your system sends its POST requests',
}
