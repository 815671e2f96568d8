import { expect, type Locator } from '@playwright/test'

/** A webhook's "Settings" dialog: lead defaults, phone country, Facebook access. */
export class WebhookSettingsDialog {
  constructor(readonly dialog: Locator) {}

  get status() {
    // An input with suggestions (a datalist) is a combobox.
    return this.dialog.getByRole('combobox', { name: 'Default status' })
  }

  get source() {
    return this.dialog.getByRole('textbox', { name: 'Default source' })
  }

  get tags() {
    return this.dialog.getByRole('textbox', { name: 'Default tags' })
  }

  get assignee() {
    return this.dialog.getByRole('combobox', { name: 'Default assignee' })
  }

  get country() {
    return this.dialog.getByRole('textbox', { name: 'Country for phone numbers' })
  }

  get pageAccessToken() {
    return this.dialog.getByLabel('Page access token')
  }

  get saveButton() {
    return this.dialog.getByRole('button', { name: 'Save settings' })
  }

  async save() {
    await this.saveButton.click()
    await expect(this.dialog).toBeHidden()
  }
}
