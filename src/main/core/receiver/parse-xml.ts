import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { AppErrorException } from '../../../shared/app-error'

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false, // keep "09876" and long ids exactly as sent
  trimValues: true,
  processEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
})

/** XML bodies (older CRMs and IVR systems): elements become keys, the root element an envelope. */
export function parseXml(text: string): unknown {
  let valid: ReturnType<typeof XMLValidator.validate>
  try {
    valid = XMLValidator.validate(text)
  } catch (err) {
    throw new AppErrorException('invalid_xml', `The XML cannot be read: ${(err as Error).message}`, 400)
  }
  if (valid !== true) {
    throw new AppErrorException('invalid_xml', `The body is not valid XML: ${valid.err.msg} (line ${valid.err.line})`, 400)
  }
  try {
    return parser.parse(text)
  } catch (err) {
    // The parser refuses what it will not expand (external entities, runaway nesting): that is the sender's XML.
    throw new AppErrorException('invalid_xml', `The XML cannot be read: ${(err as Error).message}`, 400)
  }
}
