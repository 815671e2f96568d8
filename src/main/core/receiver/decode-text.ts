import { AppErrorException } from '../../../shared/app-error'

/** The body as text in its declared charset (UTF-8 when none is given, as the web assumes). */
export function decodeText(body: Buffer, contentType: string): string {
  const charset = /;\s*charset="?([^";]+)"?/i.exec(contentType)?.[1]?.trim().toLowerCase() ?? 'utf-8'
  try {
    // ignoreBOM false: a UTF-8 BOM (some Windows tools send one) is stripped, not kept as text.
    return new TextDecoder(charset).decode(body)
  } catch {
    throw new AppErrorException('unsupported_charset', `The charset "${charset}" is not supported: send UTF-8.`, 415)
  }
}
