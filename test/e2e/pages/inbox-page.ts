import { expect, type Locator, type Page } from '@playwright/test'

/** The lead inbox and its detail drawer. */
export class InboxPage {
  constructor(readonly page: Page) {}

  get search() {
    return this.page.getByRole('searchbox', { name: 'Search leads' })
  }

  get webhookFilter() {
    return this.page.getByRole('combobox', { name: 'Filter by webhook' })
  }

  get table() {
    return this.page.getByRole('table', { name: 'Leads' })
  }

  get loadMore() {
    return this.page.getByRole('button', { name: 'Load more' })
  }

  get emptyState() {
    return this.page.getByText('Create a webhook and paste its URL into your lead platform.')
  }

  get showTestLeads() {
    return this.page.getByRole('checkbox', { name: 'Show test leads' })
  }

  /** The row of a lead, found by the lead's name button. */
  row(name: string) {
    return this.rows.filter({ has: this.page.getByRole('button', { name, exact: true }) })
  }

  lead(name: string) {
    return this.table.getByRole('button', { name, exact: true })
  }

  /** Data rows only (the header row has column headers, not cells). */
  get rows() {
    return this.table.locator('tbody').getByRole('row')
  }

  async openLead(name: string): Promise<LeadDetail> {
    await this.lead(name).click()
    const dialog = this.page.getByRole('dialog', { name })
    await expect(dialog).toBeVisible()
    return new LeadDetail(dialog)
  }
}

export class LeadDetail {
  constructor(readonly dialog: Locator) {}

  get rawPayload() {
    return this.dialog.getByRole('region', { name: 'Raw payload' })
  }

  get customFields() {
    return this.dialog.getByRole('table', { name: 'Custom fields' })
  }

  /** The value shown under a field's label ("Email", "Notes", ...). */
  field(label: string) {
    return this.dialog.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]')
  }

  async close() {
    await this.dialog.getByRole('button', { name: 'Close' }).click()
    await expect(this.dialog).toBeHidden()
  }
}
