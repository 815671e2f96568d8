import type { ReactNode } from 'react'
import { ErrorNote } from '../../../components/ui/ErrorNote'
import { useMappingEditor } from '../hooks/use-mapping-editor'
import { MappingTable } from './MappingTable'

interface FieldMappingProps {
  webhookId: string
  /** More buttons for the action row (the wizard's "Open inbox"). */
  extraActions?: ReactNode
}

const leads = (n: number) => `${n} ${n === 1 ? 'lead' : 'leads'}`

/**
 * The mapping step: every field the webhook has received, with its sample, the suggestion and a
 * choice of target. Saving keeps the rules for new leads; earlier leads can be rebuilt with them.
 */
export function FieldMapping({ webhookId, extraActions }: FieldMappingProps) {
  const editor = useMappingEditor(webhookId)
  const rows = editor.rows.data ?? []
  if (editor.rows.loading) return <p className="muted">Loading the fields…</p>
  return (
    <div className="field-mapping">
      <ErrorNote message={editor.rows.error} />
      {rows.length === 0 ? (
        <p className="muted">No fields yet: they appear here as soon as the first request arrives.</p>
      ) : (
        <MappingTable rows={rows} draftOf={editor.draftOf} isNew={editor.isNew} rowErrors={editor.rowErrors} onEdit={editor.edit} />
      )}
      {editor.error && (
        <p className="form-error" role="alert">
          {editor.error}
        </p>
      )}
      <div className="mapping-actions">
        <p className="mapping-status" role="status">
          {editor.apply.state === 'done'
            ? `Updated ${leads(editor.apply.updated)}.`
            : editor.saved
              ? 'Mapping saved. New leads from this webhook use it.'
              : ''}
        </p>
        <div className="button-row">
          {extraActions}
          {editor.saved && (
            <button type="button" className="button" onClick={() => void editor.applyToEarlier()} disabled={editor.apply.state === 'applying'}>
              {editor.apply.state === 'applying' ? 'Updating leads…' : 'Apply to earlier leads'}
            </button>
          )}
          <button type="button" className="button button-primary" onClick={() => void editor.save()} disabled={editor.saving || rows.length === 0}>
            {editor.saving ? 'Saving…' : 'Save mapping'}
          </button>
        </div>
      </div>
    </div>
  )
}
