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
