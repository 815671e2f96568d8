import { useState } from 'react'
import { EmptyState } from '../../../components/ui/EmptyState'
import { ErrorNote } from '../../../components/ui/ErrorNote'
import { PageHeader } from '../../../components/ui/PageHeader'
import { useDebouncedValue } from '../../../hooks/use-debounced-value'
import { useWebhooks } from '../../../hooks/use-webhooks'
import { useHiddenTests } from '../hooks/use-hidden-tests'
import { useLeads } from '../hooks/use-leads'
import { LeadCount } from './LeadCount'
import { LeadDetail } from './LeadDetail'
import { LeadFiltersBar } from './LeadFiltersBar'
import { LeadTable } from './LeadTable'

/** The live inbox: newest leads first, searchable, filterable by webhook, with a detail drawer. */
export function LeadInbox({ onCreateWebhook }: { onCreateWebhook(): void }) {
  const [search, setSearch] = useState('')
  const [webhookId, setWebhookId] = useState('')
  const [includeTests, setIncludeTests] = useState(false)
  const debouncedSearch = useDebouncedValue(search.trim())
  const filters = { search: debouncedSearch, webhookId, includeTests }
  const leads = useLeads(filters)
  const hiddenTests = useHiddenTests(filters)
  const webhooks = useWebhooks().data ?? []
  const [openedId, setOpenedId] = useState<string | null>(null)
  const webhookName = (id: string) => webhooks.find((w) => w.id === id)?.name ?? 'Deleted webhook'
  const filtered = debouncedSearch !== '' || webhookId !== ''
  const clearFilters = () => {
    setSearch('')
    setWebhookId('')
  }

  return (
    <div className="page">
      <PageHeader title="Inbox" description={<LeadCount loading={leads.loading} total={leads.total} filtered={filtered} loadingOlder={leads.loadingOlder} />} />
      <LeadFiltersBar
        search={search}
        webhookId={webhookId}
        includeTests={includeTests}
        hiddenTests={hiddenTests}
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
      {leads.items.length > 0 && <LeadTable leads={leads.items} fresh={leads.fresh} webhookName={webhookName} onOpen={(l) => setOpenedId(l.id)} onOpenLead={setOpenedId} />}
      {leads.items.length < leads.total && (
        <div className="load-more">
          <button type="button" className="button" onClick={() => void leads.loadMore()}>
            Load more
          </button>
          <span className="muted">
            Showing {leads.items.length.toLocaleString()} of {leads.total.toLocaleString()}
          </span>
        </div>
      )}
      {openedId && (
        <LeadDetail
          key={openedId}
          leadId={openedId}
          summary={leads.items.find((l) => l.id === openedId)}
          webhookName={webhookName}
          onOpenLead={setOpenedId}
          onClose={() => setOpenedId(null)}
        />
      )}
    </div>
  )
}
