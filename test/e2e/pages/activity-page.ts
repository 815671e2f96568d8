import type { Page } from '@playwright/test'

/** The delivery log: one row per request the receiver answered. */
export class ActivityPage {
  constructor(readonly page: Page) {}

  get table() {
    return this.page.getByRole('table', { name: 'Recent requests' })
  }

  row(text: string | RegExp) {
    return this.table.locator('tbody').getByRole('row').filter({ hasText: text })
  }
}
