import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createApi, postToWebhook } from './fixtures/api'
import { RAHUL } from './fixtures/leads'
import { startHeadlessServer } from './fixtures/start-headless-server'
import { expect, test } from './fixtures/test'
import { AppPage } from './pages/app-page'

test('a damaged data file found at start is set aside, the other leads stay, and a banner says so until dismissed', async ({ page }) => {
  // A data folder with one good segment (a lead received by an earlier run)...
  const first = await startHeadlessServer()
  try {
    const api = createApi(first.runtime)
    const webhook = await api.call('webhooks:create', { name: 'Facebook Lead Ads', sourceLabel: 'Facebook', platform: 'facebook' })
    expect((await postToWebhook(webhook.url, RAHUL)).status).toBe(200)
    await first.stopProcess()
    const leadsDir = join(first.dataDir, 'leads')
    expect(await readdir(leadsDir)).toContain('leads-000001.json')
    // ...and next to it a segment cut off mid-write.
    await writeFile(join(leadsDir, 'leads-000002.json'), '{"schemaVersion":3,"items":[{"id":')

    const again = await startHeadlessServer({ dataDir: first.dataDir })
    try {
      const app = new AppPage(page)
      await app.open(again.runtime.uiUrl)
      await expect(app.problemsBanner).toContainText('leads-000002.json could not be read')
      await expect(app.problemsBanner).toContainText('Nothing was deleted')
      await expect(app.inbox.lead('Rahul Sharma')).toBeVisible()
      expect((await readdir(leadsDir)).some((f) => f.startsWith('leads-000002.json.corrupt-'))).toBe(true)
      await app.screenshot('problems-banner')

      // Shown on every screen until dismissed.
      await app.goTo('Webhooks')
      await expect(app.problemsBanner).toBeVisible()
      await app.problemsBanner.getByRole('button', { name: 'Dismiss' }).click()
      await expect(app.problemsBanner).toHaveCount(0)
    } finally {
      await page.close()
      await again.stopProcess()
    }
  } finally {
    await first.stop()
  }
})
