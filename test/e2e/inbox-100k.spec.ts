import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { createApi, postToWebhook } from './fixtures/api'
import { startHeadlessServer } from './fixtures/start-headless-server'
import { expect, test } from './fixtures/test'
import { AppPage } from './pages/app-page'

const LEADS = 100_000

test('the inbox stays fast and correct with 100,000 leads', async ({ page }) => {
  // Seeding takes about 7 s here; starting on 100,000 leads must stay quick (the core reads older ones in the background).
  test.setTimeout(90_000)
  const dataDir = await mkdtemp(join(tmpdir(), 'cratio-e2e-100k-'))
  try {
    await promisify(execFile)('npm', ['run', 'seed', '--', '--data-dir', dataDir, '--leads', String(LEADS)], { timeout: 60_000 })
    const server = await startHeadlessServer({ dataDir })
    try {
      const api = createApi(server.runtime)
      const app = new AppPage(page)
      await app.open(server.runtime.uiUrl)
      const { inbox } = app

      // One page of 25, newest first, and the whole count once every segment is read.
      await expect(inbox.rows).toHaveCount(25)
      await expect(page.getByText('100,000 leads', { exact: true })).toBeVisible({ timeout: 15_000 })
      await expect(page.getByText('Loading older leads…')).toHaveCount(0)
      await expect(page.getByText('Showing 25 of 100,000')).toBeVisible()
      const newest = (await api.call('leads:list', { limit: 2 })).items
      await expect(inbox.rows.nth(0)).toContainText(newest[0]!.name)
      await expect(inbox.rows.nth(0)).toContainText(newest[0]!.email)
      await expect(inbox.rows.nth(1)).toContainText(newest[1]!.email)
      await app.screenshot('inbox-100k')

      // The next page, by offset.
      let started = Date.now()
      await inbox.loadMore.click()
      await expect(inbox.rows).toHaveCount(50)
      await expect(page.getByText('Showing 50 of 100,000')).toBeVisible()
      const pageMs = Date.now() - started

      // A search over every lead answers with exactly the matching ones.
      const target = (await api.call('leads:list', { offset: 54_321, limit: 1 })).items[0]!
      started = Date.now()
      await inbox.search.fill(target.email)
      await expect(inbox.rows).toHaveCount(1)
      await expect(inbox.rows.first()).toContainText(target.name)
      const searchMs = Date.now() - started
      const city = await api.call('leads:list', { search: 'pune', limit: 1 })
      await inbox.search.fill('pune')
      expect(city.total).toBeGreaterThan(1000)
      await expect(page.getByText(`${city.total.toLocaleString('en-US')} leads match`)).toBeVisible()
      await expect(inbox.rows).toHaveCount(25)

      // Live at 100,000: a new lead arrives on top without a reload.
      await inbox.search.fill('')
      await expect(inbox.rows).toHaveCount(25)
      const webhooks = await api.call('webhooks:list', {})
      expect((await postToWebhook(webhooks[0]!.url, { name: 'Farah Siddiqui', phone: '+91 98111 22334', city: 'Lucknow' })).status).toBe(200)
      await expect(inbox.rows.first()).toContainText('Farah Siddiqui')
      await expect(page.getByText('100,001 leads', { exact: true })).toBeVisible()

      test.info().annotations.push({ type: 'timing', description: `next page ${pageMs} ms, search ${searchMs} ms (including the 250 ms typing debounce)` })
      expect(searchMs).toBeLessThan(3000)
    } finally {
      await page.close()
      await server.stop()
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
})
