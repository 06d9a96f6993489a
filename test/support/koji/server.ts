/**
 * The Koji hub stand-in on 127.0.0.1: XML-RPC over HTTP POST at /kojihub (and /kojihub/ssllogin
 * for the GSSAPI login), with the forge servers' fault injection and request log.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  XmlRpcError,
  decodeMethodCall,
  encodeFault,
  encodeMethodResponse,
  type XmlRpcValue,
} from '../../../src/builds/xmlrpc.js'
import { Faults, handleWithFaults } from '../forge/server.js'
import { type Reply, readBody, sendReply, text } from '../forge/http.js'
import type { Fault, RequestRecord } from '../forge/types.js'
import { FAULT, HubFault, KojiHubState, Unauthorized } from './hub.js'

export { FAULT, KojiHubState } from './hub.js'
export type { Fault, RequestRecord }

export const HUB_PATH = '/kojihub'

export interface KojiHubServer {
  /** e.g. http://127.0.0.1:PORT/kojihub */
  hubUrl: string
  base: string
  state: KojiHubState
  faults: Faults
  log: RequestRecord[]
  stop(): Promise<void>
}

function xml(body: string): Reply {
  return { status: 200, headers: { 'Content-Type': 'text/xml', 'Koji-Version': '1.35.3' }, body }
}

async function serve(req: IncomingMessage, state: KojiHubState, pathname: string): Promise<Reply> {
  if (pathname !== HUB_PATH && pathname !== `${HUB_PATH}/ssllogin`) return text(404, 'Not Found\n')
  if (req.method !== 'POST') return text(405, 'Method Not Allowed\n', { Allow: 'POST' })
  const body = (await readBody(req)).toString('utf8')
  let call: { method: string; params: XmlRpcValue[] }
  try {
    call = decodeMethodCall(body)
  } catch (error) {
    if (!(error instanceof XmlRpcError)) throw error
    // Python's expat parser error, which kojixmlrpc answers as a fault.
    return xml(encodeFault({ faultCode: FAULT.GenericError, faultString: `ExpatError: ${error.message}` }))
  }
  try {
    return xml(encodeMethodResponse(state.dispatch(req, pathname, call.method, call.params)))
  } catch (error) {
    if (error instanceof Unauthorized)
      return {
        status: 401,
        headers: { 'Content-Type': 'text/html', 'WWW-Authenticate': 'Negotiate' },
        body: '<html><head><title>401 Unauthorized</title></head><body><h1>Unauthorized</h1></body></html>\n',
      }
    if (error instanceof HubFault)
      return xml(encodeFault({ faultCode: error.faultCode, faultString: error.faultString }))
    throw error
  }
}

/** Starts the hub; `port` (default: a free one) lets a test restart a stopped hub where a proxy expects it. */
export async function startKojiHub(
  state = new KojiHubState(),
  port: number | string = 0,
): Promise<KojiHubServer> {
  const faults = new Faults()
  const log: RequestRecord[] = []
  const sockets = new Set<import('node:net').Socket>()
  let base = ''
  const server = http.createServer((req: IncomingMessage, res: ServerResponse) => {
    handleWithFaults(req, res, {
      base,
      log,
      faults,
      kindOf: () => 'api',
      run: async (ctx) => {
        try {
          sendReply(ctx.sink, await serve(ctx.req, state, ctx.url.pathname))
        } catch (error) {
          sendReply(ctx.sink, text(500, `${error instanceof Error ? error.message : String(error)}\n`))
        }
      },
    }).catch(() => res.destroy())
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(Number(port), '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    hubUrl: `${base}${HUB_PATH}`,
    base,
    state,
    faults,
    log,
    stop: async () => {
      faults.releaseHeld()
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
