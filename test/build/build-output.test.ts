import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../src/main/electron/content-security-policy'

/**
 * What electron-vite actually emits, read as text: the things that only break in a real Electron
 * (a preload it cannot load, a path that points nowhere, a headless bundle that needs Electron).
 */
const out = resolve('out')
const read = (path: string) => readFileSync(resolve(out, path), 'utf8')

beforeAll(() => {
  if (!existsSync(resolve(out, 'main/index.js'))) throw new Error('out/ is missing or incomplete: run npm run build first')
})

describe('build output', () => {
  it('emits the Electron main entry', () => {
    expect(existsSync(resolve(out, 'main/index.js'))).toBe(true)
  })

  it('emits a CommonJS preload that a sandboxed renderer can load', () => {
    const preload = read('preload/index.cjs')
    expect(preload).toContain('require("electron")')
    expect(preload).not.toMatch(/^\s*import\s/m)
    expect(preload).not.toMatch(/^\s*export\s/m)
    // A sandboxed preload's require() knows only 'electron' (and a few Node polyfills): everything else must be bundled.
    const required = [...preload.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1])
    expect(new Set(required)).toEqual(new Set(['electron']))
  })

  it('points main at the preload it emitted', () => {
    const main = read('main/index.js')
    const reference = /["'](\.\.\/preload\/index\.cjs)["']/.exec(main)?.[1]
    expect(reference, 'out/main/index.js should name ../preload/index.cjs').toBeDefined()
    expect(existsSync(resolve(out, 'main', reference!))).toBe(true)
    expect(main).toContain('../renderer/index.html')
    expect(existsSync(resolve(out, 'renderer/index.html'))).toBe(true)
  })

  it('keeps the Content-Security-Policy meta tag in the built page, equal to the header', () => {
    const html = read('renderer/index.html')
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    expect(meta).toContain("default-src 'self'")
    expect(meta).toBe(CONTENT_SECURITY_POLICY)
  })

  it('builds the headless shell without electron, in any chunk it loads', () => {
    for (const file of bundleFiles(resolve(out, 'main/serve.js'))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/(?:from\s*|import\s*\(\s*|require\(\s*)["']electron["']/)
    }
  })
})

/** serve.js and every relative module it imports, transitively (shared chunks included). */
function bundleFiles(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen
  seen.add(entry)
  const text = readFileSync(entry, 'utf8')
  for (const [, spec] of text.matchAll(/(?:from\s*|import\s*\(\s*|import\s+)["'](\.[^"']+)["']/g)) {
    bundleFiles(resolve(dirname(entry), spec!), seen)
  }
  return seen
}
