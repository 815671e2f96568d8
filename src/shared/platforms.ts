import type { Platform } from './domain'

/**
 * Each platform's name as the window shows it, and the source a lead from it gets when neither
 * the payload nor the webhook says one. Keyed by the contract's Platform type, so adding a
 * platform fails the type check here until it is named.
 */
export const PLATFORM_NAMES: Record<Platform, { label: string; source: string }> = {
  facebook: { label: 'Facebook Lead Ads', source: 'Facebook Lead Ads' },
  indiamart: { label: 'IndiaMART', source: 'IndiaMART' },
  justdial: { label: 'JustDial', source: 'JustDial' },
  'google-ads': { label: 'Google Ads', source: 'Google Ads' },
  website: { label: 'Website form', source: 'Website' },
  custom: { label: 'Custom / other', source: '' },
}
