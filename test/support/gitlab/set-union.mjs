// gitlab-ci-local's bundle calls Set.prototype.union (Node 22+); the one method it needs, for Node 20.
if (!Set.prototype.union) {
  Object.defineProperty(Set.prototype, 'union', {
    value(other) {
      const result = new Set(this)
      for (const item of other.keys()) result.add(item)
      return result
    },
    writable: true,
    configurable: true,
  })
}
