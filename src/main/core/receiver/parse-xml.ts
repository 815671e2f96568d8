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
  const valid = XMLValidator.validate(text)
  if (valid !== true) {
    throw new AppErrorException('invalid_xml', `The body is not valid XML: ${valid.err.msg} (line ${valid.err.line})`, 400)
  }
  return parser.parse(text)
}
