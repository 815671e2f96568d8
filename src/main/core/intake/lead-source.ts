import type { StoredWebhook } from '../../../shared/domain'
import { PLATFORM_NAMES } from '../../../shared/platforms'

/** The payload's own source, else the webhook's default, else its source label, else the platform's name. */
export function leadSource(fromPayload: string, webhook: Pick<StoredWebhook, 'defaults' | 'sourceLabel' | 'platform'>): string {
  return fromPayload || webhook.defaults.source || webhook.sourceLabel || PLATFORM_NAMES[webhook.platform].source
}
