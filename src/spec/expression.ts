/**
 * rpm's expression language, as used by `%if` and `%[...]`, evaluated after macro
 * expansion: integers, "strings", v"versions", ! - * / + - < > <= >= == != && || ?: and
 * parentheses. Returns undefined when the text is not a valid expression, so callers can
 * say "cannot evaluate" instead of guessing.
 */
import { rpmvercmp } from './rpmvercmp.js'

type Value = { kind: 'int'; n: number } | { kind: 'str'; s: string } | { kind: 'ver'; s: string }

type Token =
  | { t: 'int'; n: number }
  | { t: 'str'; s: string }
  | { t: 'ver'; s: string }
  | { t: 'op'; op: string }
  | { t: 'end' }

function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = []
  let i = 0
  while (i < text.length) {
    const c = text[i]
    if (/\s/.test(c)) {
      i++
      continue
    }
    if (/[0-9]/.test(c)) {
      let j = i
      while (j < text.length && /[0-9]/.test(text[j])) j++
      tokens.push({ t: 'int', n: Number(text.slice(i, j)) })
      i = j
      continue
    }
    if (c === '"' || (c === 'v' && text[i + 1] === '"')) {
      const isVersion = c === 'v'
      const start = isVersion ? i + 2 : i + 1
      const end = text.indexOf('"', start)
      if (end < 0) return undefined
      const s = text.slice(start, end)
      tokens.push(isVersion ? { t: 'ver', s } : { t: 'str', s })
      i = end + 1
      continue
    }
    const two = text.slice(i, i + 2)
    if (['&&', '||', '==', '!=', '<=', '>='].includes(two)) {
      tokens.push({ t: 'op', op: two })
      i += 2
      continue
    }
    if ('!<>+-*/()?:'.includes(c)) {
      tokens.push({ t: 'op', op: c })
      i++
      continue
    }
    // A bare word: rpm rejects it too ("bare words are no longer supported").
    return undefined
  }
  tokens.push({ t: 'end' })
  return tokens
}

class Parser {
  private pos = 0
  constructor(private readonly tokens: Token[]) {}

  private peekOp(...ops: string[]): string | undefined {
    const tok = this.tokens[this.pos]
    return tok.t === 'op' && ops.includes(tok.op) ? tok.op : undefined
  }

  parse(): Value {
    const v = this.ternary()
    if (this.tokens[this.pos].t !== 'end') throw new Error('trailing tokens')
    return v
  }

  private ternary(): Value {
    const cond = this.or()
    if (this.peekOp('?')) {
      this.pos++
      const a = this.ternary()
      if (!this.peekOp(':')) throw new Error('expected :')
      this.pos++
      const b = this.ternary()
      return truthy(cond) ? a : b
    }
    return cond
  }

  private or(): Value {
    let left = this.and()
    while (this.peekOp('||')) {
      this.pos++
      const right = this.and()
      left = truthy(left) ? left : right
    }
    return left
  }

  private and(): Value {
    let left = this.compare()
    while (this.peekOp('&&')) {
      this.pos++
      const right = this.compare()
      left = truthy(left) ? right : left
    }
    return left
  }

  private compare(): Value {
    let left = this.additive()
    let op: string | undefined
    while ((op = this.peekOp('==', '!=', '<', '>', '<=', '>='))) {
      this.pos++
      const right = this.additive()
      const c = compareValues(left, right)
      const result =
        op === '=='
          ? c === 0
          : op === '!='
            ? c !== 0
            : op === '<'
              ? c < 0
              : op === '>'
                ? c > 0
                : op === '<='
                  ? c <= 0
                  : c >= 0
      left = { kind: 'int', n: result ? 1 : 0 }
    }
    return left
  }

  private additive(): Value {
    let left = this.multiplicative()
    let op: string | undefined
    while ((op = this.peekOp('+', '-'))) {
      this.pos++
      const right = this.multiplicative()
      if (left.kind === 'str' && right.kind === 'str' && op === '+')
        left = { kind: 'str', s: left.s + right.s }
      else left = { kind: 'int', n: op === '+' ? toInt(left) + toInt(right) : toInt(left) - toInt(right) }
    }
    return left
  }

  private multiplicative(): Value {
    let left = this.unary()
    let op: string | undefined
    while ((op = this.peekOp('*', '/'))) {
      this.pos++
      const right = this.unary()
      const r = toInt(right)
      if (op === '/' && r === 0) throw new Error('division by zero')
      left = { kind: 'int', n: op === '*' ? toInt(left) * r : Math.trunc(toInt(left) / r) }
    }
    return left
  }

  private unary(): Value {
    if (this.peekOp('!')) {
      this.pos++
      return { kind: 'int', n: truthy(this.unary()) ? 0 : 1 }
    }
    if (this.peekOp('-')) {
      this.pos++
      return { kind: 'int', n: -toInt(this.unary()) }
    }
    return this.primary()
  }

  private primary(): Value {
    const tok = this.tokens[this.pos]
    if (tok.t === 'op' && tok.op === '(') {
      this.pos++
      const v = this.ternary()
      if (!this.peekOp(')')) throw new Error('expected )')
      this.pos++
      return v
    }
    this.pos++
    if (tok.t === 'int') return { kind: 'int', n: tok.n }
    if (tok.t === 'str') return { kind: 'str', s: tok.s }
    if (tok.t === 'ver') return { kind: 'ver', s: tok.s }
    throw new Error('unexpected token')
  }
}

function toInt(v: Value): number {
  if (v.kind === 'int') return v.n
  throw new Error('types do not match')
}

function truthy(v: Value): boolean {
  return v.kind === 'int' ? v.n !== 0 : v.s !== ''
}

function compareValues(a: Value, b: Value): number {
  if (a.kind === 'int' && b.kind === 'int') return Math.sign(a.n - b.n)
  if (a.kind === 'ver' || b.kind === 'ver') {
    if (a.kind === 'int' || b.kind === 'int') throw new Error('types do not match')
    return rpmvercmp(a.s, b.s)
  }
  if (a.kind === 'str' && b.kind === 'str') return a.s < b.s ? -1 : a.s > b.s ? 1 : 0
  throw new Error('types do not match')
}

/** Evaluates an already macro-expanded expression. */
export function evaluateExpression(text: string): { value: string; truthy: boolean } | undefined {
  const tokens = tokenize(text)
  if (!tokens || tokens.length === 1) return undefined
  try {
    const v = new Parser(tokens).parse()
    return { value: v.kind === 'int' ? String(v.n) : v.s, truthy: truthy(v) }
  } catch {
    return undefined
  }
}
