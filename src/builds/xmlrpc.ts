/**
 * XML-RPC as Koji speaks it (pure): encode a methodCall, decode a methodResponse, strictly.
 * Koji's dialect: `<nil/>` for None (allow_none), `<i8>` for integers beyond 32 bits (its
 * ExtendedMarshaller), keyword arguments as a trailing struct with `__starstar: true`
 * (`koji.encode_args`). Anything that is not exactly this shape is an XmlRpcError that says
 * what was wrong and where in the document.
 */

/** A value XML-RPC can carry. `undefined` members of a struct are left out when encoding. */
export type XmlRpcValue =
  null | boolean | number | bigint | string | Date | Uint8Array | XmlRpcValue[] | XmlRpcStruct

export interface XmlRpcStruct {
  [member: string]: XmlRpcValue | undefined
}

export class XmlRpcError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'XmlRpcError'
  }
}

/** A methodResponse carrying a fault: the call reached the server and failed there. */
export interface XmlRpcFault {
  faultCode: number
  faultString: string
}

export type MethodResponse = { ok: true; value: XmlRpcValue } | ({ ok: false } & XmlRpcFault)

const I4_MIN = -(2 ** 31)
const I4_MAX = 2 ** 31 - 1
const I8_MIN = -(2n ** 63n)
const I8_MAX = 2n ** 63n - 1n

/** Koji's encode_args: keyword arguments become a trailing struct marked `__starstar`. */
export function encodeArgs(args: XmlRpcValue[], kwargs?: XmlRpcStruct): XmlRpcValue[] {
  const present = Object.entries(kwargs ?? {}).filter(([, value]) => value !== undefined)
  if (present.length === 0) return args
  return [...args, { ...Object.fromEntries(present), __starstar: true }]
}

/** The XML of a methodCall (as Python's xmlrpc.client.dumps(params, name, allow_none=True)). */
export function encodeMethodCall(method: string, params: XmlRpcValue[]): string {
  if (!/^[A-Za-z0-9_.:/]+$/.test(method))
    throw new XmlRpcError(
      `Invalid XML-RPC method name ${JSON.stringify(method)}: use letters, digits, _ . : /`,
    )
  const body = params.map((param, i) => `<param>\n${encodeValue(param, `param ${i + 1}`)}</param>\n`).join('')
  return `<?xml version='1.0'?>\n<methodCall>\n<methodName>${method}</methodName>\n<params>\n${body}</params>\n</methodCall>\n`
}

/** The XML of a methodResponse with one value (what a server sends; used by the test hub). */
export function encodeMethodResponse(value: XmlRpcValue): string {
  return `<?xml version='1.0'?>\n<methodResponse>\n<params>\n<param>\n${encodeValue(value, 'the result')}</param>\n</params>\n</methodResponse>\n`
}

/** The XML of a fault methodResponse. */
export function encodeFault(fault: XmlRpcFault): string {
  const struct = encodeValue({ faultCode: fault.faultCode, faultString: fault.faultString }, 'the fault')
  return `<?xml version='1.0'?>\n<methodResponse>\n<fault>\n${struct}</fault>\n</methodResponse>\n`
}

function encodeValue(value: XmlRpcValue, where: string): string {
  return `<value>${encodeInner(value, where)}</value>\n`
}

function encodeInner(value: XmlRpcValue, where: string): string {
  if (value === null) return '<nil/>'
  switch (typeof value) {
    case 'boolean':
      return `<boolean>${value ? 1 : 0}</boolean>`
    case 'string':
      return `<string>${escapeText(value, where)}</string>`
    case 'bigint':
      if (value < I8_MIN || value > I8_MAX)
        throw new XmlRpcError(`Cannot encode ${where}: ${value} does not fit in 64 bits`)
      return value >= I4_MIN && value <= I4_MAX ? `<int>${value}</int>` : `<i8>${value}</i8>`
    case 'number':
      if (!Number.isFinite(value))
        throw new XmlRpcError(`Cannot encode ${where}: ${value} is not a finite number`)
      if (Number.isInteger(value)) {
        if (value >= I4_MIN && value <= I4_MAX) return `<int>${value}</int>`
        if (Number.isSafeInteger(value)) return `<i8>${value}</i8>`
        throw new XmlRpcError(
          `Cannot encode ${where}: ${value} is beyond the exact integer range; pass a bigint`,
        )
      }
      return `<double>${value}</double>`
    case 'object':
      break
    default:
      throw new XmlRpcError(`Cannot encode ${where}: a ${typeof value} has no XML-RPC form`)
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new XmlRpcError(`Cannot encode ${where}: invalid date`)
    const iso = value.toISOString()
    return `<dateTime.iso8601>${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 19)}</dateTime.iso8601>`
  }
  if (value instanceof Uint8Array) return `<base64>\n${Buffer.from(value).toString('base64')}\n</base64>`
  if (Array.isArray(value))
    return `<array><data>\n${value.map((item, i) => encodeValue(item, `${where}[${i}]`)).join('')}</data></array>`
  const members = Object.entries(value)
    .filter(([, member]) => member !== undefined)
    .map(
      ([name, member]) =>
        `<member>\n<name>${escapeText(name, `${where} member name`)}</name>\n${encodeValue(member!, `${where}.${name}`)}</member>\n`,
    )
  return `<struct>\n${members.join('')}</struct>`
}

/** Characters XML 1.0 cannot carry at all, even escaped. */
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/

function escapeText(text: string, where: string): string {
  const bad = INVALID_XML_CHARS.exec(text)
  if (bad)
    throw new XmlRpcError(
      `Cannot encode ${where}: it contains the control character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}, which XML cannot carry`,
    )
  // \r would become \n in any XML parser; as a reference it survives.
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;')
}

// ---------------------------------------------------------------------------------------------
// Decoding

interface XmlElement {
  name: string
  children: (XmlElement | string)[]
}

/**
 * Decodes a methodResponse: its one param, or its fault. Throws XmlRpcError when the text is
 * not well-formed XML or not a methodResponse of the expected shape.
 */
export function decodeMethodResponse(xml: string): MethodResponse {
  const root = parseXml(xml)
  if (root.name !== 'methodResponse')
    throw new XmlRpcError(`expected <methodResponse> at the root, found <${root.name}>`)
  const [inner] = elementsOf(root, 'methodResponse', 1)
  if (inner.name === 'fault') {
    const [value] = elementsOf(inner, 'methodResponse/fault', 1, 'value')
    const fault = decodeValue(value, 'methodResponse/fault/value')
    if (!isStruct(fault)) throw new XmlRpcError('the fault is not a struct (methodResponse/fault/value)')
    const { faultCode, faultString } = fault
    if (typeof faultCode !== 'number' || !Number.isInteger(faultCode))
      throw new XmlRpcError('the fault has no integer faultCode (methodResponse/fault/value)')
    if (typeof faultString !== 'string')
      throw new XmlRpcError('the fault has no string faultString (methodResponse/fault/value)')
    return { ok: false, faultCode, faultString }
  }
  if (inner.name !== 'params')
    throw new XmlRpcError(`expected <params> or <fault> in <methodResponse>, found <${inner.name}>`)
  const [param] = elementsOf(inner, 'methodResponse/params', 1, 'param')
  const [value] = elementsOf(param, 'methodResponse/params/param', 1, 'value')
  return { ok: true, value: decodeValue(value, 'methodResponse/params/param/value') }
}

/** Decodes a methodCall (what a server receives; used by the test hub). */
export function decodeMethodCall(xml: string): { method: string; params: XmlRpcValue[] } {
  const root = parseXml(xml)
  if (root.name !== 'methodCall')
    throw new XmlRpcError(`expected <methodCall> at the root, found <${root.name}>`)
  const children = elementsOf(root, 'methodCall')
  if (children[0]?.name !== 'methodName')
    throw new XmlRpcError('<methodCall> does not start with <methodName>')
  const method = textOf(children[0], 'methodCall/methodName').trim()
  if (!method) throw new XmlRpcError('<methodName> is empty')
  if (children.length > 2 || (children[1] && children[1].name !== 'params'))
    throw new XmlRpcError('<methodCall> may hold only <methodName> and <params>')
  const params = children[1]
    ? elementsOf(children[1], 'methodCall/params', undefined, 'param').map((param, i) => {
        const [value] = elementsOf(param, `methodCall/params/param[${i}]`, 1, 'value')
        return decodeValue(value, `methodCall/params/param[${i}]/value`)
      })
    : []
  return { method, params }
}

/** Koji's decode_args: the positional arguments and the `__starstar` keyword struct. */
export function decodeArgs(params: XmlRpcValue[]): { args: XmlRpcValue[]; kwargs: XmlRpcStruct } {
  const last = params.at(-1)
  if (isStruct(last) && last.__starstar === true) {
    const { __starstar: _marker, ...kwargs } = last
    return { args: params.slice(0, -1), kwargs }
  }
  return { args: params, kwargs: {} }
}

export function isStruct(value: unknown): value is XmlRpcStruct {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date) &&
    !(value instanceof Uint8Array)
  )
}

function decodeValue(value: XmlElement, where: string): XmlRpcValue {
  const elements = value.children.filter((c): c is XmlElement => typeof c !== 'string')
  // A <value> without a type element is a string (whitespace included).
  if (elements.length === 0) return textOf(value, where)
  if (elements.length > 1) throw new XmlRpcError(`<value> holds more than one type element (${where})`)
  const typed = elements[0]
  if (value.children.some((c) => typeof c === 'string' && c.trim()))
    throw new XmlRpcError(`<value> mixes text with <${typed.name}> (${where})`)
  const at = `${where}/${typed.name}`
  switch (typed.name) {
    case 'string':
      return textOf(typed, at)
    case 'int':
    case 'i4':
    case 'i8':
    case 'i1':
    case 'i2':
    case 'biginteger':
      return decodeInt(textOf(typed, at).trim(), at)
    case 'boolean': {
      const text = textOf(typed, at).trim()
      if (text === '1') return true
      if (text === '0') return false
      throw new XmlRpcError(`<boolean> must be 0 or 1, found ${JSON.stringify(text)} (${at})`)
    }
    case 'double':
    case 'float': {
      const text = textOf(typed, at).trim()
      if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^[+-]?(inf|nan)$/i.test(text))
        throw new XmlRpcError(`<${typed.name}> is not a number: ${JSON.stringify(text)} (${at})`)
      const lower = text.toLowerCase()
      if (lower.endsWith('nan')) return Number.NaN
      if (lower.endsWith('inf')) return lower.startsWith('-') ? -Infinity : Infinity
      return Number(text)
    }
    case 'nil':
    case 'ex:nil':
      if (typed.children.length) throw new XmlRpcError(`<${typed.name}> must be empty (${at})`)
      return null
    case 'dateTime.iso8601':
      return decodeDate(textOf(typed, at).trim(), at)
    case 'base64': {
      const text = textOf(typed, at).replace(/\s+/g, '')
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0)
        throw new XmlRpcError(`<base64> is not base64 (${at})`)
      return new Uint8Array(Buffer.from(text, 'base64'))
    }
    case 'array': {
      const [data] = elementsOf(typed, at, 1, 'data')
      return elementsOf(data, `${at}/data`, undefined, 'value').map((item, i) =>
        decodeValue(item, `${at}/data/value[${i}]`),
      )
    }
    case 'struct': {
      const out: XmlRpcStruct = {}
      elementsOf(typed, at, undefined, 'member').forEach((member, i) => {
        const where = `${at}/member[${i}]`
        const parts = elementsOf(member, where)
        if (parts.length !== 2 || parts[0].name !== 'name' || parts[1].name !== 'value')
          throw new XmlRpcError(`<member> must hold <name> then <value> (${where})`)
        const name = textOf(parts[0], `${where}/name`)
        Object.defineProperty(out, name, {
          value: decodeValue(parts[1], `${where}/value`),
          enumerable: true,
          writable: true,
          configurable: true,
        })
      })
      return out
    }
    default:
      throw new XmlRpcError(`unknown XML-RPC type <${typed.name}> (${where})`)
  }
}

function decodeInt(text: string, where: string): number {
  if (!/^[+-]?\d+$/.test(text)) throw new XmlRpcError(`not an integer: ${JSON.stringify(text)} (${where})`)
  const value = Number(text)
  if (!Number.isSafeInteger(value))
    throw new XmlRpcError(`the integer ${text} is beyond JavaScript's exact range (${where})`)
  return value
}

/** `YYYYMMDDTHH:MM:SS` (also with dashes), read as UTC: XML-RPC carries no zone. */
function decodeDate(text: string, where: string): Date {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})T(\d{2}):?(\d{2}):?(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(text)
  const date = m
    ? new Date(
        `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${m[7] ? (m[7] === 'Z' ? 'Z' : m[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : 'Z'}`,
      )
    : undefined
  if (!date || Number.isNaN(date.getTime()))
    throw new XmlRpcError(`not a dateTime.iso8601: ${JSON.stringify(text)} (${where})`)
  return date
}

/** The element children of `el` (text between them must be blank), optionally checked. */
function elementsOf(el: XmlElement, where: string, count?: number, name?: string): XmlElement[] {
  const out: XmlElement[] = []
  for (const child of el.children) {
    if (typeof child === 'string') {
      if (child.trim())
        throw new XmlRpcError(
          `unexpected text ${JSON.stringify(child.trim().slice(0, 40))} in <${el.name}> (${where})`,
        )
    } else out.push(child)
  }
  if (name) {
    const other = out.find((c) => c.name !== name)
    if (other) throw new XmlRpcError(`expected <${name}> in <${el.name}>, found <${other.name}> (${where})`)
  }
  if (count !== undefined && out.length !== count)
    throw new XmlRpcError(
      `<${el.name}> must hold exactly ${count} ${name ? `<${name}>` : 'element'}${count === 1 ? '' : 's'}, found ${out.length} (${where})`,
    )
  return out
}

function textOf(el: XmlElement, where: string): string {
  const nested = el.children.find((c) => typeof c !== 'string')
  if (nested) throw new XmlRpcError(`<${el.name}> must hold text only, found <${nested.name}> (${where})`)
  return el.children.join('')
}

// ---------------------------------------------------------------------------------------------
// A strict parser for the XML subset XML-RPC uses: a declaration, comments, elements (attributes
// read and ignored), text, CDATA, entity and character references. No DTDs.

const NAME = /[A-Za-z_:][-A-Za-z0-9_.:]*/y
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

function parseXml(xml: string): XmlElement {
  let pos = 0
  const fail = (what: string): never => {
    const line = xml.slice(0, pos).split('\n').length
    throw new XmlRpcError(`not well-formed XML: ${what} (line ${line})`)
  }
  const skipMisc = (): void => {
    for (;;) {
      const ws = /\s*/y
      ws.lastIndex = pos
      ws.exec(xml)
      pos = ws.lastIndex
      if (xml.startsWith('<!--', pos)) {
        const end = xml.indexOf('-->', pos + 4)
        if (end < 0) fail('unterminated comment')
        pos = end + 3
      } else if (xml.startsWith('<?', pos)) {
        const end = xml.indexOf('?>', pos + 2)
        if (end < 0) fail('unterminated processing instruction')
        pos = end + 2
      } else return
    }
  }
  const readName = (): string => {
    NAME.lastIndex = pos
    const m = NAME.exec(xml)
    if (!m) fail(`expected a tag name at ${JSON.stringify(xml.slice(pos, pos + 20))}`)
    pos = NAME.lastIndex
    return m![0]
  }
  const decodeText = (raw: string): string =>
    raw.replace(/&(#x[0-9a-fA-F]+|#\d+|[A-Za-z]+);|&/g, (match, ref: string | undefined) => {
      if (ref === undefined) return fail('a bare "&" in text (must be &amp;)')
      if (ref.startsWith('#')) {
        const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
        if (!(code > 0 && code <= 0x10ffff)) return fail(`invalid character reference ${match}`)
        return String.fromCodePoint(code)
      }
      return ENTITIES[ref] ?? fail(`unknown entity ${match}`)
    })

  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  skipMisc()
  if (xml.startsWith('<!DOCTYPE', pos) || xml.startsWith('<!doctype', pos)) fail('a DOCTYPE is not allowed')
  while (pos < xml.length) {
    const top = stack.at(-1)
    if (!top) {
      if (root) {
        skipMisc()
        if (pos < xml.length) fail('content after the root element')
        break
      }
      if (xml[pos] !== '<') fail('text before the root element')
    }
    if (xml[pos] !== '<') {
      const end = xml.indexOf('<', pos)
      const raw = xml.slice(pos, end < 0 ? xml.length : end)
      if (raw.includes('>') && /]]>/.test(raw)) fail('"]]>" in text')
      top!.children.push(decodeText(raw))
      pos = end < 0 ? xml.length : end
      continue
    }
    if (xml.startsWith('<!--', pos)) {
      const end = xml.indexOf('-->', pos + 4)
      if (end < 0) fail('unterminated comment')
      pos = end + 3
      continue
    }
    if (xml.startsWith('<![CDATA[', pos)) {
      if (!top) fail('CDATA outside the root element')
      const end = xml.indexOf(']]>', pos + 9)
      if (end < 0) fail('unterminated CDATA section')
      top!.children.push(xml.slice(pos + 9, end))
      pos = end + 3
      continue
    }
    if (xml.startsWith('<!', pos) || xml.startsWith('<?', pos)) fail('a declaration inside the document')
    if (xml[pos + 1] === '/') {
      pos += 2
      const name = readName()
      const gt = /\s*>/y
      gt.lastIndex = pos
      if (!gt.exec(xml)) fail(`malformed end tag </${name}`)
      pos = gt.lastIndex
      if (!top || top.name !== name)
        fail(`</${name}> does not close ${top ? `<${top.name}>` : 'any element'}`)
      stack.pop()
      continue
    }
    pos += 1
    const name = readName()
    // Attributes: read and ignored (XML-RPC has none; some servers add xmlns).
    const attrs = /(?:\s+[A-Za-z_:][-A-Za-z0-9_.:]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*(\/?)>/y
    attrs.lastIndex = pos
    const m = attrs.exec(xml)
    if (!m) fail(`malformed start tag <${name}`)
    pos = attrs.lastIndex
    const element: XmlElement = { name, children: [] }
    if (top) top.children.push(element)
    else root = element
    if (m![1] !== '/') stack.push(element)
  }
  if (stack.length) fail(`<${stack.at(-1)!.name}> is never closed`)
  if (!root) fail('no root element')
  return mergeText(root!)
}

/** Adjacent text pieces (text around comments, CDATA) as one string. */
function mergeText(el: XmlElement): XmlElement {
  const children: (XmlElement | string)[] = []
  for (const child of el.children) {
    if (typeof child === 'string' && typeof children.at(-1) === 'string')
      children[children.length - 1] += child
    else children.push(typeof child === 'string' ? child : mergeText(child))
  }
  el.children = children
  return el
}
