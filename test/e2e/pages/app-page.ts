import { fileURLToPath } from 'node:url'
import { expect, type Page } from '@playwright/test'
import { ActivityPage } from './activity-page'
import { InboxPage } from './inbox-page'
import { SettingsPage } from './settings-page'
import { WebhooksPage } from './webhooks-page'
import { WizardPage } from './wizard-page'

export type View = 'Inbox' | 'Webhooks' | 'New webhook' | 'Activity' | 'Settings'

const SCREENSHOT_DIR = fileURLToPath(new URL('../screenshots/', import.meta.url))

/** The whole app: navigation, the status bar, and one page object per screen. */
export class AppPage {
  readonly wizard: WizardPage
  readonly webhooks: WebhooksPage
  readonly inbox: InboxPage
  readonly activity: ActivityPage
  readonly settings: SettingsPage

  constructor(readonly page: Page) {
    this.wizard = new WizardPage(page)
    this.webhooks = new WebhooksPage(page)
    this.inbox = new InboxPage(page)
    this.activity = new ActivityPage(page)
    this.settings = new SettingsPage(page)
  }

  /** Opens the printed link and waits until live updates flow, so later "appears live" checks mean it. */
  async open(uiUrl: string) {
    await this.page.goto(uiUrl)
    await expect(this.page.getByRole('navigation', { name: 'Main' })).toBeVisible()
    await expect(this.liveIndicator).toHaveText('Live')
  }

  get liveIndicator() {
    return this.page.getByRole('banner', { name: 'Status' }).getByText(/^(Live|Connecting…|Reconnecting…)$/)
  }

  get tunnelStatus() {
    return this.page.getByRole('status', { name: /^Tunnel:/ })
  }

  /** "Some data needs attention": damaged files and failed writes. */
  get problemsBanner() {
    return this.page.getByRole('alert').filter({ has: this.page.getByRole('heading', { name: 'Some data needs attention' }) })
  }

  /** The notice that the public URL changed, with each webhook's new URL. */
  get urlChangedNotice() {
    return this.page.getByRole('alert').filter({ has: this.page.getByRole('heading', { name: /Your public URL changed/ }) })
  }

  async goTo(view: View) {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: new RegExp(`^${view}`) }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: view })).toBeVisible()
  }

  /** Leaves a mark on this document: if the page reloads, the mark is gone. */
  async markDocument() {
    await this.page.evaluate(() => Object.assign(window, { e2eMarker: 'same-document' }))
  }

  async expectSameDocument() {
    const state = await this.page.evaluate(() => ({
      marker: (window as unknown as { e2eMarker?: string }).e2eMarker,
      navigations: performance.getEntriesByType('navigation').length,
    }))
    expect(state).toEqual({ marker: 'same-document', navigations: 1 })
  }

  async screenshot(name: string) {
    // Finite animations (a new row's highlight) are fast-forwarded, so the picture shows the settled screen.
    await this.page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png`, fullPage: true, animations: 'disabled' })
  }
}
