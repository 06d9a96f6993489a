/**
 * rpm's version segment comparison (rpmvercmp), including `~` (sorts before anything,
 * for pre-releases) and `^` (sorts after the base version, for snapshots).
 */
export function rpmvercmp(a: string, b: string): number {
  if (a === b) return 0
  let i = 0
  let j = 0
  const isAlnum = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c)
  for (;;) {
    while (i < a.length && !isAlnum(a[i]) && a[i] !== '~' && a[i] !== '^') i++
    while (j < b.length && !isAlnum(b[j]) && b[j] !== '~' && b[j] !== '^') j++

    if (a[i] === '~' || b[j] === '~') {
      if (a[i] !== '~') return 1
      if (b[j] !== '~') return -1
      i++
      j++
      continue
    }
    if (a[i] === '^' || b[j] === '^') {
      if (i >= a.length) return -1
      if (j >= b.length) return 1
      if (a[i] !== '^') return 1
      if (b[j] !== '^') return -1
      i++
      j++
      continue
    }
    if (i >= a.length || j >= b.length) break

    const numeric = /[0-9]/.test(a[i])
    const re = numeric ? /[0-9]/ : /[A-Za-z]/
    let ie = i
    let je = j
    while (ie < a.length && re.test(a[ie])) ie++
    while (je < b.length && re.test(b[je])) je++
    let sa = a.slice(i, ie)
    let sb = b.slice(j, je)
    if (sb === '') return numeric ? 1 : -1
    if (numeric) {
      sa = sa.replace(/^0+/, '')
      sb = sb.replace(/^0+/, '')
      if (sa.length !== sb.length) return sa.length > sb.length ? 1 : -1
    }
    if (sa !== sb) return sa < sb ? -1 : 1
    i = ie
    j = je
  }
  if (i >= a.length && j >= b.length) return 0
  return i >= a.length ? -1 : 1
}
