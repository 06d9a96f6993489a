/**
 * "Did you mean" suggestions for misspelled keys, job types, triggers and action names.
 */

/**
 * Damerau-Levenshtein distance (optimal string alignment variant): insertions, deletions,
 * substitutions and transpositions of adjacent characters each cost 1. Transpositions matter
 * because swapped letters ("tirgger") are the most common typo.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[][] = Array.from({ length: rows }, () => new Array<number>(cols).fill(0))
  for (let i = 0; i < rows; i++) d[i][0] = i
  for (let j = 0; j < cols; j++) d[0][j] = j
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2][j - 2] + 1)
      }
      d[i][j] = best
    }
  }
  return d[a.length][b.length]
}

/** Words longer than this get no suggestion. */
const MAX_WORD_LENGTH = 200

/** The largest distance still worth suggesting: short words tolerate 2 edits, long ones a third of their length. */
export function maxSuggestionDistance(word: string): number {
  return Math.max(2, Math.floor(word.length / 3))
}

/**
 * The closest candidate to `word`, or undefined when nothing is close enough. Case and the
 * `-`/`_` spelling are ignored when measuring, since `propose-downstream` for `propose_downstream`
 * is a naming-convention slip rather than a typo.
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  // Nobody misspells a key that long; and the distance costs length × length.
  if (word.length > MAX_WORD_LENGTH) return undefined
  const normalizedWord = normalize(word)
  const limit = maxSuggestionDistance(word)
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    if (candidate === word) continue
    // The distance is at least the difference in length: skip the candidates that cannot be close.
    if (Math.abs(candidate.length - word.length) > limit) continue
    const distance = editDistance(normalizedWord, normalize(candidate))
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best !== undefined && bestDistance <= maxSuggestionDistance(word) ? best : undefined
}

/** `did you mean "x"?`, ready to append to a message, or undefined. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const match = closestMatch(word, candidates)
  return match === undefined ? undefined : `did you mean "${match}"?`
}

function normalize(word: string): string {
  return word.toLowerCase().replace(/-/g, '_')
}
