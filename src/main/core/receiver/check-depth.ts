import { AppErrorException } from '../../../shared/app-error'

/** No lead form nests this deep; a payload that does is refused before any code walks it. */
export const MAX_DEPTH = 64

/** Throws a 400 when `value` nests deeper than MAX_DEPTH (checked without recursion). */
export function checkDepth(value: unknown) {
  const stack: [unknown, number][] = [[value, 1]]
  while (stack.length) {
    const [node, depth] = stack.pop()!
    if (node === null || typeof node !== 'object') continue
    if (depth > MAX_DEPTH) {
      throw new AppErrorException('too_deeply_nested', `The payload nests more than ${MAX_DEPTH} levels deep; no lead needs that.`, 400)
    }
    for (const child of Object.values(node)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1])
  }
}
