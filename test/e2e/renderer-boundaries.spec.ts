import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { expect, test } from '@playwright/test'

/**
 * The renderer's own rules (STYLE.md), checked rather than remembered; test/boundaries.test.ts
 * covers Node and Electron imports. Plain file scans: no browser or server is started.
 */
const SRC = resolve('src/renderer/src')

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    return e.isDirectory() ? files(path) : /\.(ts|tsx)$/.test(e.name) ? [path] : []
  })
}

const sources = files(SRC).map((file) => ({ file: relative(SRC, file), text: readFileSync(file, 'utf8') }))
const imports = (text: string) => [...text.matchAll(/\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2]!)
const featureOf = (path: string) => /^features\/([^/]+)\//.exec(path.split(sep).join('/'))?.[1]

test('no feature imports another feature', () => {
  const crossings = sources.flatMap(({ file, text }) => {
    const own = featureOf(file)
    if (!own) return []
    return imports(text)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => relative(SRC, resolve(SRC, dirname(file), spec)))
      .filter((target) => featureOf(`${target}/`) && featureOf(`${target}/`) !== own)
      .map((target) => `${file} -> ${target}`)
  })
  expect(sources.length).toBeGreaterThan(20)
  expect(crossings).toEqual([])
})

test('only lib/api-client talks to the core (no fetch, window.cratio or EventSource elsewhere)', () => {
  const outside = sources.filter(({ file }) => !file.startsWith(join('lib', 'api-client')))
  const offenders = outside.filter(({ text }) => /\bfetch\s*\(|window\.cratio|\bEventSource\b/.test(text)).map((s) => s.file)
  expect(offenders).toEqual([])
})

test('nothing injects styles or HTML that the CSP (style-src self) would block', () => {
  const offenders = sources.filter(({ text }) => /<style[\s>]|dangerouslySetInnerHTML|insertRule\(|\.innerHTML\s*=/.test(text)).map((s) => s.file)
  expect(offenders).toEqual([])
})
