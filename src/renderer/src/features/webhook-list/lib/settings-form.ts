import type { CommandInput } from '../../../lib/api-client'
import type { Webhook } from '../../../lib/domain'

type Patch = CommandInput<'webhooks:update'>['patch']

/** The settings form's fields as the user types them (tags as one comma-separated line). */
export interface SettingsForm {
  status: string
  source: string
  tags: string
  assignee: string
  defaultCountry: string
  verifyToken: string
  pageAccessToken: string
  graphBaseUrl: string
}

export function formFrom(w: Webhook): SettingsForm {
  return {
    status: w.defaults.status,
    source: w.defaults.source,
    tags: w.defaults.tags.join(', '),
    assignee: w.defaults.assignee ?? '',
    defaultCountry: w.defaultCountry,
    verifyToken: w.verifyToken,
    pageAccessToken: w.pageAccessToken,
    graphBaseUrl: w.graphBaseUrl,
  }
}

/** The patch for `webhooks:update`; the Facebook settings only for a Facebook webhook. */
export function patchFrom(form: SettingsForm, w: Webhook): Patch {
  const tags = [...new Set(form.tags.split(',').map((t) => t.trim()).filter(Boolean))]
  const patch: Patch = {
    defaults: { status: form.status.trim(), source: form.source.trim(), tags, assignee: form.assignee || null },
    defaultCountry: form.defaultCountry.trim().toUpperCase(),
  }
  if (w.platform !== 'facebook') return patch
  return { ...patch, verifyToken: form.verifyToken, pageAccessToken: form.pageAccessToken, graphBaseUrl: form.graphBaseUrl.trim() }
}

/** The paths the core names in its errors, each shown under its field. */
export const ERROR_FIELDS = {
  status: 'patch.defaults.status',
  source: 'patch.defaults.source',
  tags: 'patch.defaults.tags',
  assignee: 'patch.defaults.assignee',
  defaultCountry: 'patch.defaultCountry',
  verifyToken: 'patch.verifyToken',
  pageAccessToken: 'patch.pageAccessToken',
  graphBaseUrl: 'patch.graphBaseUrl',
} as const satisfies Record<keyof SettingsForm, string>
