import { readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The folder boundaries from STYLE.md, checked rather than remembered: the core and everything
 * the headless shell loads must run without Electron, the contract must run anywhere, and the
 * renderer must be plain web code. Imports are found with a regex over the source text.
 */
const root = resolve('src')

const IMPORT_PATTERNS = [
  /\bfrom\s*['"]([^'"]+)['"]/g, // import x from '..', export { x } from '..', import type ...
  /\bimport\s*['"]([^'"]+)['"]/g, // import '..' (side effects)
  /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g, // import('..'), require('..')
]

function importsOf(source: string): string[] {
  return IMPORT_PATTERNS.flatMap((pattern) => [...source.matchAll(pattern)].map((m) => m[1]!))
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/.test(entry.name) ? [path] : []
  })
}

/** Every import in a folder, as "file: specifier", so a failure names the offending line. */
function importsUnder(folder: string): Array<{ file: string; spec: string }> {
  return sourceFiles(resolve(root, folder)).flatMap((file) =>
    importsOf(readFileSync(file, 'utf8')).map((spec) => ({ file: relative(root, file), spec })),
  )
}

const isElectron = (spec: string) => spec === 'electron' || spec.startsWith('electron/')
const nodeBuiltins = new Set(builtinModules)
const isNode = (spec: string) => spec.startsWith('node:') || nodeBuiltins.has(spec.split('/')[0]!)
const resolvesInto = (file: string, spec: string, folder: string) =>
  spec.startsWith('.') && !relative(resolve(root, folder), resolve(root, dirname(file), spec)).startsWith('..')

const violations = (folder: string, rule: (file: string, spec: string) => boolean) =>
  importsUnder(folder)
    .filter(({ file, spec }) => rule(file, spec))
    .map(({ file, spec }) => `${file}: ${spec}`)

describe('folder boundaries', () => {
  it.each(['main/core', 'main/headless', 'shared'])('nothing in src/%s imports electron', (folder) => {
    expect(violations(folder, (_f, spec) => isElectron(spec))).toEqual([])
  })

  it('nothing in src/shared imports Node modules', () => {
    expect(violations('shared', (_f, spec) => isNode(spec))).toEqual([])
  })

  it('nothing in src/renderer imports Node, electron or src/main', () => {
    const bad = (file: string, spec: string) => isNode(spec) || isElectron(spec) || resolvesInto(file, spec, 'main')
    expect(violations('renderer', bad)).toEqual([])
  })

  it('the scan sees real imports (so a pass above means something)', () => {
    expect(importsOf(`import { a,\n b } from 'electron'\nimport 'node:fs'\nexport * from "./x"\nconst m = await import('node:path')\nrequire('fs')`)).toEqual([
      'electron',
      './x',
      'node:fs',
      'node:path',
      'fs',
    ])
    expect(importsUnder('preload').map((i) => i.spec)).toContain('electron')
    expect(importsUnder('main/core').some((i) => isNode(i.spec))).toBe(true)
    expect(resolvesInto('renderer/src/x.ts', '../../main/core/logger', 'main')).toBe(true)
    expect(resolvesInto('renderer/src/x.ts', '../../shared/contract', 'main')).toBe(false)
  })
})
