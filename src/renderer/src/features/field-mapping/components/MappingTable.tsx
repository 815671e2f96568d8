import { useId } from 'react'
import type { MappingRow } from '../../../lib/domain'
import { formatShort } from '../../../lib/format-time'
import { describeTarget, type RowDraft } from '../lib/mapping-choices'
import { TargetSelect } from './TargetSelect'

interface MappingTableProps {
  rows: MappingRow[]
  draftOf(row: MappingRow): RowDraft
  isNew(row: MappingRow): boolean
  rowErrors: Record<string, string>
  onEdit(field: string, draft: RowDraft): void
}

/** Each detected field: what it is called, a value it had, what we suggest, and where the user sends it. */
export function MappingTable({ rows, draftOf, isNew, rowErrors, onEdit }: MappingTableProps) {
  const idBase = useId()
  return (
    <div className="table-wrap">
      <table className="table mapping-table" aria-label="Field mapping">
        <thead>
          <tr>
            <th scope="col">Field received</th>
            <th scope="col">Sample value</th>
            <th scope="col">Suggested</th>
            <th scope="col">Map to</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.field} className={isNew(row) ? 'is-new' : ''}>
              <th scope="row">
                <span className="mapping-field">{row.label}</span>
                {isNew(row) && <span className="badge badge-new">New</span>}
                {row.label !== row.field && <span className="cell-sub mono">{row.field}</span>}
                {row.lastSeenAt && <span className="cell-sub">Last seen {formatShort(row.lastSeenAt)}</span>}
              </th>
              <td className="mapping-sample" title={row.sample}>
                {row.sample || <span className="muted">(empty)</span>}
              </td>
              <td>
                {row.suggested ? describeTarget(row.suggested) : <span className="muted">No suggestion</span>}
                {row.saved && <span className="cell-sub">Saved: {describeTarget(row.saved)}</span>}
              </td>
              <td>
                <TargetSelect
                  fieldLabel={row.label}
                  draft={draftOf(row)}
                  error={rowErrors[row.field]}
                  errorId={`${idBase}-${i}-error`}
                  onChange={(d) => onEdit(row.field, d)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
