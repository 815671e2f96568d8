import type { Low } from 'lowdb'
import type { DistributionRule, Settings } from '../../../shared/domain'
import type { AppFile } from './schemas'

export type SettingsRepository = ReturnType<typeof createSettingsRepository>

export function createSettingsRepository(db: Low<AppFile>) {
  return {
    get: (): Settings => ({ ...db.data.settings }),
    async update(patch: Partial<Settings>) {
      db.data.settings = { ...db.data.settings, ...patch }
      await db.write()
      return { ...db.data.settings }
    },
    /** Saves one rule's state (a round-robin turn) without touching the others. */
    async saveRule(rule: DistributionRule) {
      db.data.settings.distribution = db.data.settings.distribution.map((r) => (r.id === rule.id ? rule : r))
      await db.write()
    },
  }
}
