import type { CrmField, DistributionRule, TeamMember } from '../../../lib/domain'
import type { PathErrors } from '../../../lib/split-field-errors'

export interface TeamForm {
  team: TeamMember[]
  distribution: DistributionRule[]
}

export type RoundRobinRule = Extract<DistributionRule, { kind: 'round-robin' }>
export type ByFieldRule = Extract<DistributionRule, { kind: 'by-field' }>

export const newMember = (): TeamMember => ({ id: crypto.randomUUID(), name: '', email: '' })

export function newRule(kind: DistributionRule['kind'], form: TeamForm): DistributionRule {
  const base = { id: crypto.randomUUID(), name: `Rule ${form.distribution.length + 1}`, enabled: true, webhookIds: [] }
  return kind === 'round-robin'
    ? { ...base, kind, memberIds: form.team.map((m) => m.id), next: 0 }
    : { ...base, kind, field: 'city', cases: [{ value: '', memberId: form.team[0]?.id ?? '' }] }
}

/** The same rule distributing the other way (its name, switch and webhooks kept). */
export function switchKind(rule: DistributionRule, kind: DistributionRule['kind'], team: TeamMember[]): DistributionRule {
  if (rule.kind === kind) return rule
  const { id, name, enabled, webhookIds } = rule
  return kind === 'round-robin'
    ? { id, name, enabled, webhookIds, kind, memberIds: team.map((m) => m.id), next: 0 }
    : { id, name, enabled, webhookIds, kind, field: 'city' as CrmField, cases: [{ value: '', memberId: team[0]?.id ?? '' }] }
}

/** Removing a member takes them out of every rule too (a rule left with nobody is flagged on save). */
export function withoutMember(form: TeamForm, id: string): TeamForm {
  return {
    team: form.team.filter((m) => m.id !== id),
    distribution: form.distribution.map((r) =>
      r.kind === 'round-robin' ? { ...r, memberIds: r.memberIds.filter((m) => m !== id) } : { ...r, cases: r.cases.map((c) => (c.memberId === id ? { ...c, memberId: '' } : c)) },
    ),
  }
}

export function move<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list
  const next = [...list]
  next.splice(to, 0, ...next.splice(from, 1))
  return next
}

/**
 * The problems a person should read before the core is asked (the core checks again and its
 * messages are shown the same way), keyed by the paths the core would use.
 */
export function checkTeamForm(form: TeamForm): PathErrors {
  const errors: PathErrors = {}
  form.team.forEach((m, i) => {
    if (!m.name.trim()) errors[`team.${i}.name`] = 'Give this member a name.'
  })
  form.distribution.forEach((r, i) => {
    if (!r.name.trim()) errors[`distribution.${i}.name`] = 'Give the rule a name.'
    if (r.kind === 'round-robin' && r.memberIds.length === 0) errors[`distribution.${i}.memberIds`] = 'Choose at least one member to take turns.'
    if (r.kind === 'by-field') {
      if (r.cases.length === 0) errors[`distribution.${i}.cases`] = 'Add at least one value.'
      r.cases.forEach((c, k) => {
        if (!c.value.trim()) errors[`distribution.${i}.cases.${k}.value`] = 'Type the value to match.'
        if (!c.memberId) errors[`distribution.${i}.cases.${k}.memberId`] = 'Choose a member.'
      })
    }
  })
  return errors
}
