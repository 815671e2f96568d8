import type { Delivery } from '../../../lib/domain'
import { formatShort } from '../../../lib/format-time'

const plural = (n: number) => `${n} ${n === 1 ? 'lead' : 'leads'}`

/** What the receiver did with the request, in words; keyed by the contract's outcomes. */
const OUTCOMES: Record<Delivery['outcome'], (d: Delivery) => string> = {
  created: (d) => `Created ${plural(d.leadIds.length)}`,
  duplicate: () => 'Already received (no new lead)',
  test: () => 'Test submission',
  verified: () => 'Verification answered',
  rejected: () => 'Refused',
}

/** One request: when, to which webhook, what it was, and what the receiver answered (and why). */
export function DeliveryRow({ delivery: d, webhookName }: { delivery: Delivery; webhookName: string }) {
  const ok = d.outcome !== 'rejected'
  return (
    <tr className={ok ? '' : 'row-refused'}>
      <td className="nowrap muted">
        <time dateTime={d.receivedAt}>{formatShort(d.receivedAt)}</time>
      </td>
      <td className="nowrap">{webhookName}</td>
      <td className="nowrap">
        <span className={`status-code ${ok ? 'is-ok' : 'is-error'}`}>{d.statusCode}</span>
      </td>
      <td className="nowrap">{OUTCOMES[d.outcome](d)}</td>
      <td>
        {d.errorCode ? (
          <>
            <span className="mono error-code">{d.errorCode}</span> {d.message}
          </>
        ) : (
          <span className="muted">
            {d.method} · {d.contentType || 'no content type'} · {d.bytes} bytes
          </span>
        )}
      </td>
    </tr>
  )
}
