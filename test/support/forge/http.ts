/** Small HTTP pieces the forge's handlers share: replies, request bodies, forms, timestamps. */
import type { IncomingMessage, ServerResponse } from 'node:http'

/** A complete answer; the server writes it (or swallows it for an 'after' fault). */
export interface Reply {
  status: number
  headers?: Record<string, string>
  body?: string | Buffer
}

/** Where a handler writes a streamed answer (git): the real response or a discarding one. */
export interface Sink {
  head(status: number, headers: Record<string, string>): void
  /** Resolves when more may be written (backpressure). */
  write(chunk: Buffer): Promise<void>
  end(): void
  /** The status sent so far (0 before head()). */
  readonly status: number
}

export interface RequestContext {
  req: IncomingMessage
  method: string
  url: URL
  /** The authenticated user, set by a handler once it knows (never a token). */
  user?: string
  sink: Sink
}

export function json(status: number, value: unknown): Reply {
  return { status, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(value) }
}

export function text(status: number, body: string, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'Content-Type': 'text/plain', ...headers }, body }
}

export function responseSink(res: ServerResponse): Sink {
  let status = 0
  return {
    get status() {
      return status
    },
    head(code, headers) {
      status = code
      res.writeHead(code, headers)
    },
    write(chunk) {
      return res.write(chunk) ? Promise.resolve() : new Promise((resolve) => res.once('drain', resolve))
    },
    end() {
      res.end()
    },
  }
}

/** Accepts everything and sends nothing: the work happens, the client never sees its answer. */
export function discardingSink(): Sink {
  let status = 0
  return {
    get status() {
      return status
    },
    head(code) {
      status = code
    },
    write: () => Promise.resolve(),
    end() {},
  }
}

export function sendReply(sink: Sink, reply: Reply): void {
  const body = reply.body === undefined ? Buffer.alloc(0) : Buffer.from(reply.body)
  sink.head(reply.status, { ...reply.headers, 'Content-Length': String(body.length) })
  if (body.length) void sink.write(body)
  sink.end()
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** The media type without parameters, lower-cased. */
export function mediaType(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase()
}

/** Parses an urlencoded or multipart body with the platform's own parser (undici's FormData). */
export async function parseForm(req: IncomingMessage, body: Buffer): Promise<FormData> {
  const contentType = req.headers['content-type'] ?? ''
  return new Response(body, { headers: { 'Content-Type': contentType } }).formData()
}

let lastStamp = 0
/**
 * Now as Pagure's API prints it: epoch seconds with a fraction, as a string. Strictly
 * increasing, so ordering by date is the order things happened in.
 */
export function timestamp(): string {
  const micros = Math.round((performance.timeOrigin + performance.now()) * 1000)
  lastStamp = Math.max(micros, lastStamp + 1)
  return `${Math.floor(lastStamp / 1e6)}.${String(lastStamp % 1e6).padStart(6, '0')}`
}
