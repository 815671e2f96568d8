/** The domain types the UI shows, re-exported from the shared contract (types only: no zod in the bundle). */
export type { Delivery, DetectedField, Lead, Platform, TunnelStatus, Webhook } from '../../../shared/domain'
