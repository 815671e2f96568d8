import { randomInt } from 'node:crypto'

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'

/**
 * The subdomain this installation asks for at every start and reconnect, so the public URL that
 * every platform holds survives restarts. Made once and stored in the settings: `cratio-` and 10
 * random letters and digits (36^10 names: nobody else asks for it by chance).
 */
export function createStableSubdomain(): string {
  let suffix = ''
  for (let i = 0; i < 10; i++) suffix += ALPHABET[randomInt(ALPHABET.length)]
  return `cratio-${suffix}`
}
