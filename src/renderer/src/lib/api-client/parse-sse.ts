/**
 * An incremental Server-Sent Events parser: feed it text as it arrives (chunks may split a frame
 * anywhere) and it calls `onEvent` once per complete frame. Comments (`: ping`) are skipped.
 */
export function createSseParser(onEvent: (name: string, data: string) => void) {
  let buffer = ''

  function dispatch(frame: string) {
    let name = 'message'
    const data: string[] = []
    for (const line of frame.split(/\r\n|\r|\n/)) {
      if (line === '' || line.startsWith(':')) continue
      const colon = line.indexOf(':')
      const field = colon === -1 ? line : line.slice(0, colon)
      // The spec strips exactly one space after the colon.
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '')
      if (field === 'event') name = value
      else if (field === 'data') data.push(value)
    }
    if (data.length > 0) onEvent(name, data.join('\n'))
  }

  return {
    push(chunk: string) {
      buffer += chunk
      const frames = buffer.split(/\r\n\r\n|\n\n|\r\r/)
      buffer = frames.pop() ?? ''
      frames.forEach(dispatch)
    },
  }
}
