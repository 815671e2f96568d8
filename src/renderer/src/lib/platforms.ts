import type { Platform } from './domain'

/**
 * How each platform is named in the UI. Keyed by the contract's Platform type, so adding a
 * platform to platformSchema fails the type check here until it has a label.
 */
export const PLATFORM_LABELS: Record<Platform, string> = {
  facebook: 'Facebook Lead Ads',
  indiamart: 'IndiaMART',
  justdial: 'JustDial',
  'google-ads': 'Google Ads',
  website: 'Website form',
  custom: 'Custom / other',
}

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
