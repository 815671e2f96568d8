import { expect, type Locator, type Page } from '@playwright/test'

/** The field-mapping editor, in the wizard's last step or in a webhook's "Field mapping" dialog. */
export class MappingPanel {
  private readonly page: Page

  constructor(readonly root: Page | Locator) {
    this.page = 'page' in root && typeof root.page === 'function' ? root.page() : (root as Page)
  }

  get table() {
    return this.root.getByRole('table', { name: 'Field mapping' })
  }

  /** A detected field's row, found by the field's label (its row header). */
  row(label: string) {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${label}\\b`) }) })
  }

  target(label: string) {
    return this.root.getByRole('combobox', { name: `Map “${label}” to` })
  }

  customName(label: string) {
    return this.root.getByRole('textbox', { name: `Custom field name for “${label}”` })
  }

  get saveButton() {
    return this.root.getByRole('button', { name: 'Save mapping' })
  }

  get applyButton() {
    return this.root.getByRole('button', { name: 'Apply to earlier leads' })
  }

  /** "Mapping saved…", "Updated 1 lead." */
  get status() {
    return this.root.getByRole('status').filter({ hasText: /Mapping saved|Updated/ })
  }

  async mapTo(label: string, target: string) {
    await this.target(label).selectOption({ label: target })
  }

  async mapToCustom(label: string, name: string) {
    await this.target(label).selectOption({ label: 'Custom field…' })
    await this.customName(label).fill(name)
  }

  async save() {
    await this.saveButton.click()
    await expect(this.status).toHaveText('Mapping saved. New leads from this webhook use it.')
  }
}
