import type { DetectedField } from '../../../lib/domain'

/** The fields a request carried, each with the value it had, as a two-column table. */
export function DetectedFieldsTable({ fields }: { fields: DetectedField[] }) {
  return (
    <table className="table table-compact" aria-label="Detected fields">
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Sample value</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((f) => (
          <tr key={f.name}>
            <th scope="row">
              <span className="mono">{f.name}</span>
              {f.label && f.label !== f.name && <span className="cell-sub">{f.label}</span>}
            </th>
            <td>{f.sample || <span className="muted">(empty)</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
