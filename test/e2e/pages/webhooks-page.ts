import { expect, type Page } from '@playwright/test'
import { MappingPanel } from './mapping-panel'
import { WebhookSettingsDialog } from './webhook-settings-dialog'

/** The webhook list: one card (an article named after the webhook) per webhook. */
export class WebhooksPage {
  constructor(readonly page: Page) {}

  card(name: string) {
    return this.page.getByRole('article', { name })
  }

  enabledSwitch(name: string) {
    return this.card(name).getByRole('switch', { name: 'Receive leads' })
  }

  url(name: string) {
    return this.card(name).getByRole('textbox', { name: 'Webhook URL' }).inputValue()
  }

  async regenerate(name: string) {
    const before = await this.url(name)
    await this.card(name).getByRole('button', { name: 'Regenerate URL' }).click()
    const dialog = this.page.getByRole('dialog', { name: `Regenerate the URL of “${name}”?` })
    await expect(dialog).toContainText('stops working at once')
    await dialog.getByRole('button', { name: 'Regenerate URL' }).click()
    await expect(dialog).toBeHidden()
    await expect(this.card(name).getByRole('textbox', { name: 'Webhook URL' })).not.toHaveValue(before)
    return this.url(name)
  }

  async delete(name: string) {
    await this.card(name).getByRole('button', { name: 'Delete' }).click()
    const dialog = this.page.getByRole('dialog', { name: `Delete “${name}”?` })
    await expect(dialog).toBeVisible()
    await dialog.getByRole('button', { name: 'Delete webhook' }).click()
    await expect(dialog).toBeHidden()
  }

  async openSettings(name: string) {
    await this.card(name).getByRole('button', { name: 'Settings' }).click()
    const dialog = this.page.getByRole('dialog', { name: `Settings for ${name}` })
    await expect(dialog).toBeVisible()
    return new WebhookSettingsDialog(dialog)
  }

  async openMapping(name: string) {
    await this.card(name).getByRole('button', { name: 'Field mapping' }).click()
    const dialog = this.page.getByRole('dialog', { name: `Field mapping for ${name}` })
    await expect(dialog).toBeVisible()
    return { dialog, mapping: new MappingPanel(dialog) }
  }
}
