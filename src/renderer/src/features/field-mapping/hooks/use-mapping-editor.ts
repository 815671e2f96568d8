import { useRef, useState } from 'react'
import { ApiError, errorMessage, useApiClient } from '../../../lib/api-client'
import type { MappingRow, MappingTarget } from '../../../lib/domain'
import { draftFrom, targetOf, type RowDraft } from '../lib/mapping-choices'
import { useMappingRows } from './use-mapping-rows'

export type ApplyState = { state: 'idle' } | { state: 'applying' } | { state: 'done'; updated: number }

/**
 * The mapping step's state: the rows from the core, the user's edits on top of them, saving with
 * `webhooks:update` and re-applying with `webhooks:apply-mapping`. Rows the user did not touch
 * follow the core (a suggestion or a saved rule that changes elsewhere shows at once).
 */
export function useMappingEditor(webhookId: string) {
  const client = useApiClient()
  const rows = useMappingRows(webhookId)
  const [edits, setEdits] = useState<ReadonlyMap<string, RowDraft>>(new Map())
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const [saved, setSaved] = useState(false)
  const [apply, setApply] = useState<ApplyState>({ state: 'idle' })
  // Fields already there when the step opened: any other one arrived while it was open.
  const firstFields = useRef<Set<string> | null>(null)
  if (rows.data && !firstFields.current) firstFields.current = new Set(rows.data.map((r) => r.field))

  const draftOf = (row: MappingRow) => edits.get(row.field) ?? draftFrom(row)
  const isNew = (row: MappingRow) => !!firstFields.current && !firstFields.current.has(row.field)

  function edit(field: string, draft: RowDraft) {
    setEdits((m) => new Map(m).set(field, draft))
    setRowErrors(({ [field]: _, ...rest }) => rest)
    setSaved(false)
    setApply({ state: 'idle' })
  }

  async function save() {
    const list = rows.data ?? []
    const missing = Object.fromEntries(list.filter((r) => !targetOf(draftOf(r))).map((r) => [r.field, 'Type a name for the custom field.']))
    setRowErrors(missing)
    setError(null)
    if (Object.keys(missing).length) return
    // Every row the user set or confirmed by saving: the core keeps exactly these rules.
    const mapping = list.map((r) => ({ field: r.field, target: targetOf(draftOf(r)) as MappingTarget }))
    setSaving(true)
    try {
      await client.call('webhooks:update', { id: webhookId, patch: { mapping } })
      setEdits(new Map())
      setSaved(true)
      rows.reload()
    } catch (err) {
      const perRow = err instanceof ApiError ? rowErrorsFrom(err.message, list) : {}
      setRowErrors(perRow)
      setError(Object.keys(perRow).length ? 'Some rows need a fix (see the messages in the table).' : errorMessage(err))
    } finally {
      setSaving(false)
    }
  }

  async function applyToEarlier() {
    setApply({ state: 'applying' })
    setError(null)
    try {
      const { updated } = await client.call('webhooks:apply-mapping', { id: webhookId })
      setApply({ state: 'done', updated })
    } catch (err) {
      setApply({ state: 'idle' })
      setError(errorMessage(err))
    }
  }

  return { rows, draftOf, isNew, edit, save, saving, saved, applyToEarlier, apply, error, rowErrors }
}

/** "patch.mapping.3.target: ..." belongs to the fourth row. */
function rowErrorsFrom(message: string, rows: MappingRow[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const part of message.split('; ')) {
    const m = /^patch\.mapping\.(\d+)(?:\.\w+)*: (.+)$/.exec(part)
    const row = m && rows[Number(m[1])]
    if (row) out[row.field] = m[2]!
  }
  return out
}
