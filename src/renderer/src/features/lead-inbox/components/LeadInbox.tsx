import { useState } from 'react'
import { EmptyState } from '../../../components/ui/EmptyState'
import { ErrorNote } from '../../../components/ui/ErrorNote'
import { PageHeader } from '../../../components/ui/PageHeader'
import { useDebouncedValue } from '../../../hooks/use-debounced-value'
import { useWebhooks } from '../../../hooks/use-webhooks'
import type { Lead } from '../../../lib/domain'
import { useLeads } from '../hooks/use-leads'
import { LeadDetail } from './LeadDetail'
import { LeadFiltersBar } from './LeadFiltersBar'
import { LeadTable } from './LeadTable'

/** The live inbox: newest leads first, searchable, filterable by webhook, with a detail drawer. */
export function LeadInbox({ onCreateWebhook }: { onCreateWebhook(): void }) {
  const [search, setSearch] = useState('')
  const [webhookId, setWebhookId] = useState('')
  const [includeTests, setIncludeTests] = useState(false)
  const debouncedSearch = useDebouncedValue(search.trim())
  const leads = useLeads({ search: debouncedSearch, webhookId, includeTests })
  const webhooks = useWebhooks().data ?? []
  const [opened, setOpened] = useState<Lead | null>(null)
  // The drawer shows the list's copy when there is one, so live updates reach it too.
  const open = opened && (leads.items.find((l) => l.id === opened.id) ?? opened)
  const webhookName = (id: string) => webhooks.find((w) => w.id === id)?.name ?? 'Deleted webhook'
  const filtered = debouncedSearch !== '' || webhookId !== ''
  const clearFilters = () => {
    setSearch('')
    setWebhookId('')
  }

  return (
    <div className="page">
      <PageHeader title="Inbox" description={leads.loading ? 'Loading…' : `${leads.total} ${leads.total === 1 ? 'lead' : 'leads'}${filtered ? ' match' : ''}`} />
      <LeadFiltersBar
        search={search}
        webhookId={webhookId}
        includeTests={includeTests}
        webhooks={webhooks}
        onSearch={setSearch}
        onWebhook={setWebhookId}
        onIncludeTests={setIncludeTests}
      />
      <ErrorNote message={leads.error} />
      {!leads.loading && leads.items.length === 0 && (
        filtered ? (
          <EmptyState title="No leads match these filters" icon="inbox" action={<button type="button" className="button" onClick={clearFilters}>Clear filters</button>} />
        ) : (
          <EmptyState title="No leads yet" action={<button type="button" className="button button-primary" onClick={onCreateWebhook}>Create a webhook</button>}>
            Create a webhook and paste its URL into your lead platform. New leads appear here the moment they arrive.
          </EmptyState>
        )
      )}
      {leads.items.length > 0 && <LeadTable leads={leads.items} fresh={leads.fresh} webhookName={webhookName} onOpen={setOpened} />}
      {leads.items.length < leads.total && (
        <div className="load-more">
          <button type="button" className="button" onClick={() => void leads.loadMore()}>
            Load more
          </button>
          <span className="muted">
            Showing {leads.items.length} of {leads.total}
          </span>
        </div>
      )}
      {open && <LeadDetail lead={open} webhookName={webhookName(open.webhookId)} onClose={() => setOpened(null)} />}
    </div>
  )
}
