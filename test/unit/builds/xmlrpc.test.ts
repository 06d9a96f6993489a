import { describe, expect, it } from '@jest/globals'
import {
  XmlRpcError,
  decodeArgs,
  decodeMethodCall,
  decodeMethodResponse,
  encodeArgs,
  encodeFault,
  encodeMethodCall,
  encodeMethodResponse,
  type XmlRpcValue,
} from '../../../src/builds/xmlrpc.js'

const roundTrip = (value: XmlRpcValue): XmlRpcValue => {
  const response = decodeMethodResponse(encodeMethodResponse(value))
  if (!response.ok) throw new Error('fault')
  return response.value
}

const response = (inner: string): string =>
  `<?xml version='1.0'?>\n<methodResponse>\n<params>\n<param>\n<value>${inner}</value>\n</param>\n</params>\n</methodResponse>\n`

describe('encodeMethodCall', () => {
  it('writes what Python xmlrpc.client.dumps(allow_none=True) writes', () => {
    expect(encodeMethodCall('getBuild', ['hello-1.0-1.fc43', null, true, 3, 1.5])).toBe(
      "<?xml version='1.0'?>\n<methodCall>\n<methodName>getBuild</methodName>\n<params>\n" +
        '<param>\n<value><string>hello-1.0-1.fc43</string></value>\n</param>\n' +
        '<param>\n<value><nil/></value>\n</param>\n' +
        '<param>\n<value><boolean>1</boolean></value>\n</param>\n' +
        '<param>\n<value><int>3</int></value>\n</param>\n' +
        '<param>\n<value><double>1.5</double></value>\n</param>\n' +
        '</params>\n</methodCall>\n',
    )
  })

  it('escapes markup and keeps carriage returns', () => {
    const xml = encodeMethodCall('m', ['a<b>&c\r\n"\''])
    expect(xml).toContain('<string>a&lt;b&gt;&amp;c&#13;\n"\'</string>')
    expect(decodeMethodCall(xml).params).toEqual(['a<b>&c\r\n"\''])
  })

  it('refuses control characters XML cannot carry, naming the parameter', () => {
    expect(() => encodeMethodCall('m', ['ok', { x: 'a\u0001' }])).toThrow(/param 2\.x.*U\+0001/)
  })

  it('refuses odd method names and values without an XML-RPC form', () => {
    expect(() => encodeMethodCall('a b', [])).toThrow(XmlRpcError)
    expect(() => encodeMethodCall('m', [Number.NaN])).toThrow(/not a finite number/)
    expect(() => encodeMethodCall('m', [2 ** 60])).toThrow(/bigint/)
    expect(() => encodeMethodCall('m', [(() => 1) as unknown as XmlRpcValue])).toThrow(/function/)
  })

  it('writes i8 beyond 32 bits, as Koji does', () => {
    expect(encodeMethodCall('m', [2 ** 31])).toContain('<i8>2147483648</i8>')
    expect(encodeMethodCall('m', [2 ** 31 - 1])).toContain('<int>2147483647</int>')
    expect(encodeMethodCall('m', [-(2n ** 40n)])).toContain('<i8>-1099511627776</i8>')
    expect(() => encodeMethodCall('m', [2n ** 63n])).toThrow(/64 bits/)
  })

  it('encodes dates and bytes', () => {
    const xml = encodeMethodCall('m', [new Date('2025-07-02T10:20:30Z'), new Uint8Array([1, 2, 255])])
    expect(xml).toContain('<dateTime.iso8601>20250702T10:20:30</dateTime.iso8601>')
    expect(xml).toContain('<base64>\nAQL/\n</base64>')
  })
})

describe('Koji keyword arguments', () => {
  it('appends a __starstar struct only when there are keyword arguments', () => {
    expect(encodeArgs(['tag'], {})).toEqual(['tag'])
    expect(encodeArgs(['tag'], { package: undefined })).toEqual(['tag'])
    expect(encodeArgs(['f43'], { package: 'hello', latest: true })).toEqual([
      'f43',
      { package: 'hello', latest: true, __starstar: true },
    ])
  })

  it('decodes them back as koji.decode_args does', () => {
    const call = decodeMethodCall(encodeMethodCall('listTagged', encodeArgs(['f43'], { latest: true })))
    expect(call.method).toBe('listTagged')
    expect(decodeArgs(call.params)).toEqual({ args: ['f43'], kwargs: { latest: true } })
    expect(decodeArgs(['a', { x: 1 }])).toEqual({ args: ['a', { x: 1 }], kwargs: {} })
  })
})

describe('decodeMethodResponse', () => {
  it('round-trips nested values', () => {
    const value = {
      build_id: 7,
      nvr: 'hello-1.0-1.fc43',
      epoch: null,
      extra: { source: { original_url: 'git+https://x/rpms/hello.git#abc' } },
      list: [1, 'two', [true, false], { deep: [null] }],
      ratio: -0.25,
      big: 2 ** 40,
      when: new Date('2026-01-02T03:04:05Z'),
      bytes: new Uint8Array([0, 1, 2]),
      empty: [],
      nothing: {},
    }
    expect(roundTrip(value)).toEqual(value)
    expect(roundTrip('')).toBe('')
    expect(roundTrip([])).toEqual([])
  })

  it('reads the forms Python and other servers send', () => {
    expect(
      decodeMethodResponse(response('plain text')).ok && decodeMethodResponse(response(' plain ')),
    ).toEqual({ ok: true, value: ' plain ' })
    expect(decodeMethodResponse(response('<i4>-5</i4>'))).toEqual({ ok: true, value: -5 })
    expect(decodeMethodResponse(response('<i8>9007199254740991</i8>'))).toEqual({
      ok: true,
      value: 2 ** 53 - 1,
    })
    expect(decodeMethodResponse(response('<ex:nil/>'))).toEqual({ ok: true, value: null })
    expect(decodeMethodResponse(response('<string>a &#x263A; &#65; &quot;</string>'))).toEqual({
      ok: true,
      value: 'a \u263a A "',
    })
    expect(decodeMethodResponse(response('<string><![CDATA[<x>]]></string>'))).toEqual({
      ok: true,
      value: '<x>',
    })
    expect(
      decodeMethodResponse(response('<dateTime.iso8601>2025-07-02T10:20:30</dateTime.iso8601>')),
    ).toEqual({
      ok: true,
      value: new Date('2025-07-02T10:20:30Z'),
    })
    expect(
      decodeMethodResponse(
        `<?xml version="1.0" encoding="UTF-8"?><!-- hi --><methodResponse xmlns:ex="x"><params><param><value><double>1e3</double></value></param></params></methodResponse>`,
      ),
    ).toEqual({ ok: true, value: 1000 })
  })

  it('keeps a struct member named __proto__ as data', () => {
    const value = roundTrip({ ['__proto__']: 1 } as unknown as XmlRpcValue) as Record<string, unknown>
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
    expect(Object.keys(value)).toEqual(['__proto__'])
  })

  it('decodes faults', () => {
    const xml = encodeFault({ faultCode: 1007, faultString: 'session "5" has expired' })
    expect(decodeMethodResponse(xml)).toEqual({
      ok: false,
      faultCode: 1007,
      faultString: 'session "5" has expired',
    })
  })

  it('refuses integers beyond the exact range instead of rounding them', () => {
    expect(() => decodeMethodResponse(response('<i8>9007199254740993</i8>'))).toThrow(
      /beyond JavaScript's exact range/,
    )
  })

  it.each([
    ['', /no root element/],
    ['<html><body>Bad Gateway</body></html>', /expected <methodResponse> at the root, found <html>/],
    ['Internal Server Error', /text before the root element/],
    ['<methodResponse><params>', /never closed/],
    ['<methodResponse></params></methodResponse>', /<\/params> does not close <methodResponse>/],
    ['<methodResponse/>', /exactly 1 element, found 0/],
    ['<methodResponse><params></params></methodResponse>', /exactly 1 <param>, found 0/],
    [
      '<methodResponse><params><param><value><int>x</int></value></param></params></methodResponse>',
      /not an integer: "x"/,
    ],
    [
      '<methodResponse><params><param><value><boolean>true</boolean></value></param></params></methodResponse>',
      /<boolean> must be 0 or 1/,
    ],
    [
      '<methodResponse><params><param><value><blob/></value></param></params></methodResponse>',
      /unknown XML-RPC type <blob>/,
    ],
    [
      '<methodResponse><params><param><value><string>a & b</string></value></param></params></methodResponse>',
      /bare "&"/,
    ],
    [
      '<methodResponse><params><param><value><string>&nbsp;</string></value></param></params></methodResponse>',
      /unknown entity &nbsp;/,
    ],
    [
      '<methodResponse><params><param><value><struct><member><value><int>1</int></value></member></struct></value></param></params></methodResponse>',
      /<name> then <value>.*struct\/member\[0\]/,
    ],
    [
      '<methodResponse><params><param><value><array><value/></array></value></param></params></methodResponse>',
      /expected <data> in <array>/,
    ],
    [
      '<methodResponse><fault><value><string>x</string></value></fault></methodResponse>',
      /fault is not a struct/,
    ],
    [
      '<methodResponse><fault><value><struct><member><name>faultString</name><value>x</value></member></struct></value></fault></methodResponse>',
      /no integer faultCode/,
    ],
    ['<!DOCTYPE x [<!ENTITY a "b">]><methodResponse/>', /DOCTYPE is not allowed/],
    [
      '<methodResponse><params><param><value><int>1</int></value></param></params></methodResponse>trailing',
      /content after the root element/,
    ],
    [
      '<methodResponse><params><param><value><int>1</int><int>2</int></value></param></params></methodResponse>',
      /more than one type element/,
    ],
  ])('refuses %j', (xml, message) => {
    expect(() => decodeMethodResponse(xml)).toThrow(XmlRpcError)
    expect(() => decodeMethodResponse(xml)).toThrow(message)
  })
})

describe('decodeMethodCall', () => {
  it('reads a call without params and refuses other shapes', () => {
    expect(decodeMethodCall('<methodCall><methodName>sslLogin</methodName></methodCall>')).toEqual({
      method: 'sslLogin',
      params: [],
    })
    expect(() => decodeMethodCall('<methodCall><params/></methodCall>')).toThrow(
      /does not start with <methodName>/,
    )
    expect(() => decodeMethodCall('<methodResponse/>')).toThrow(/expected <methodCall>/)
  })
})
