import type { Webhook } from '../../../lib/domain'

interface LeadFiltersBarProps {
  search: string
  webhookId: string
  includeTests: boolean
  /** Test leads the filters hide right now (null: they are shown, or not counted yet). */
  hiddenTests: number | null
  webhooks: Webhook[]
  onSearch(value: string): void
  onWebhook(id: string): void
  onIncludeTests(include: boolean): void
}

/** The inbox's search box, webhook filter, and whether platforms' test submissions are shown. */
export function LeadFiltersBar({ search, webhookId, includeTests, hiddenTests, webhooks, onSearch, onWebhook, onIncludeTests }: LeadFiltersBarProps) {
  return (
    <div className="filters" role="search">
      <div className="field field-grow">
        <label htmlFor="lead-search" className="visually-hidden">
          Search leads
        </label>
        <input id="lead-search" type="search" className="input input-search" placeholder="Search name, email, phone, company, city…" value={search} onChange={(e) => onSearch(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="lead-webhook" className="visually-hidden">
          Filter by webhook
        </label>
        <select id="lead-webhook" className="input select" value={webhookId} onChange={(e) => onWebhook(e.target.value)}>
          <option value="">All webhooks</option>
          {webhooks.map((w) => (
            <option key={w.id} value={w.id}>
              {w.name}
            </option>
          ))}
        </select>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={includeTests} onChange={(e) => onIncludeTests(e.target.checked)} />
        Show test leads
      </label>
      {hiddenTests ? <span className="filters-note">{hiddenTests === 1 ? '1 test lead hidden' : `${hiddenTests.toLocaleString()} test leads hidden`}</span> : null}
    </div>
  )
}
