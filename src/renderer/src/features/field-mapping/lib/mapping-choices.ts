import { CRM_FIELD_LABELS, CRM_FIELDS } from '../../../lib/crm-fields'
import type { CrmField, MappingRow, MappingTarget } from '../../../lib/domain'

type Custom = Extract<MappingTarget, `custom:${string}`>
type Simple = Exclude<MappingTarget, Custom>
type Part = Exclude<Simple, CrmField | 'ignore'>

/** What a select can hold: every target except custom ones, which are "custom" plus a label typed next to it. */
export type Choice = Simple | 'custom'

/** Parts that are joined into one CRM field. Keyed by the contract's type, so a new part needs a label here. */
export const PART_LABELS: Record<Part, string> = {
  first_name: 'First name (joined into Name)',
  last_name: 'Last name (joined into Name)',
  salutation: 'Salutation (Mr, Ms, Dr…)',
  phone_country_code: 'Phone country code (joined to Phone)',
}

export const CHOICE_GROUPS: { label: string; options: [Choice, string][] }[] = [
  { label: 'Lead fields', options: CRM_FIELDS.map((f) => [f, CRM_FIELD_LABELS[f]]) },
  { label: 'Parts of a field', options: Object.entries(PART_LABELS) as [Part, string][] },
  {
    label: 'Other',
    options: [
      ['custom', 'Custom field…'],
      ['ignore', 'Ignore (do not keep)'],
    ],
  },
]

/** One row as the user is editing it. */
export interface RowDraft {
  choice: Choice
  /** The custom field's label (used when `choice` is "custom"). */
  customLabel: string
}

const isCustom = (t: MappingTarget): t is Custom => t.startsWith('custom:')

/** A saved rule wins, then the suggestion; a field with neither is kept today as a custom field named after its key. */
export function draftFrom(row: MappingRow): RowDraft {
  const target = row.saved ?? row.suggested
  if (!target) return { choice: 'custom', customLabel: row.field }
  return isCustom(target) ? { choice: 'custom', customLabel: target.slice('custom:'.length) } : { choice: target, customLabel: row.field }
}

/** The target a draft stands for; null when a custom field still has no label. */
export function targetOf(draft: RowDraft): MappingTarget | null {
  if (draft.choice !== 'custom') return draft.choice
  const label = draft.customLabel.trim()
  return label ? `custom:${label}` : null
}

/** "Phone", "Custom field “Budget”", "Ignored": for the suggestion column and summaries. */
export function describeTarget(target: MappingTarget): string {
  if (isCustom(target)) return `Custom field “${target.slice('custom:'.length)}”`
  if (target === 'ignore') return 'Ignored'
  return target in CRM_FIELD_LABELS ? CRM_FIELD_LABELS[target as CrmField] : PART_LABELS[target as Part]
}
