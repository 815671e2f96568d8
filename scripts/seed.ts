import { parseArgs } from 'node:util'
import { seedLeads } from './seed-leads'

/** `npm run seed -- --data-dir DIR --leads N`: N realistic synthetic leads over a few webhooks, for benchmarks and demos. */
async function main() {
  const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, leads: { type: 'string', default: '1000' } } })
  const dataDir = values['data-dir']
  const count = Number(values.leads)
  if (!dataDir || !Number.isInteger(count) || count < 0) {
    console.error('Usage: npm run seed -- --data-dir DIR --leads N')
    process.exit(2)
  }
  const started = performance.now()
  const webhooks = await seedLeads(dataDir, count)
  console.log(`Seeded ${count} leads over ${webhooks.length} webhooks in ${dataDir} (${((performance.now() - started) / 1000).toFixed(1)} s)`)
}

void main().catch((err) => {
  console.error(`Seeding failed: ${(err as Error).message}`)
  process.exit(1)
})
