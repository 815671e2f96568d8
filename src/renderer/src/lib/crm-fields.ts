import type { CrmField } from './domain'

/**
 * The lead's own fields as the UI names them. Keyed by the contract's CrmField type, so a field
 * added to crmFieldSchema fails the type check here until it has a label.
 */
export const CRM_FIELD_LABELS: Record<CrmField, string> = {
  name: 'Name',
  email: 'Email',
  phone: 'Phone',
  company: 'Company',
  city: 'City',
  source: 'Source',
  notes: 'Notes / message',
}

export const CRM_FIELDS = Object.keys(CRM_FIELD_LABELS) as CrmField[]
