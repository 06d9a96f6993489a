import { describe, expect, it } from '@jest/globals'
import { withChangelogOf } from '../../../src/spec/index.js'

describe('withChangelogOf', () => {
  const source = 'Name: x\nVersion: 2\n\n%files\n/x\n\n%changelog\n* upstream entry\n'
  const dist = 'Name: x\nVersion: 1\n\n%changelog\n* Mon Jan 05 2026 A <a@x> - 1-1\n- dist-git entry\n'

  it('takes everything from the source spec but the %changelog, which stays as dist-git has it', () => {
    expect(withChangelogOf(source, dist)).toBe(
      'Name: x\nVersion: 2\n\n%files\n/x\n\n%changelog\n* Mon Jan 05 2026 A <a@x> - 1-1\n- dist-git entry\n',
    )
  })

  it('keeps sections that follow %changelog in the source spec', () => {
    expect(withChangelogOf('Name: x\n%changelog\n* old\n%files\n/x\n', dist)).toBe(
      'Name: x\n%changelog\n* Mon Jan 05 2026 A <a@x> - 1-1\n- dist-git entry\n%files\n/x\n',
    )
  })

  it('adds a %changelog when the source spec has none, and empties it when dist-git has none', () => {
    expect(withChangelogOf('Name: x\n', dist)).toBe(
      'Name: x\n%changelog\n* Mon Jan 05 2026 A <a@x> - 1-1\n- dist-git entry\n',
    )
    expect(withChangelogOf('Name: x', dist)).toBe(
      'Name: x\n%changelog\n* Mon Jan 05 2026 A <a@x> - 1-1\n- dist-git entry\n',
    )
    expect(withChangelogOf(source, 'Name: x\n')).toBe('Name: x\nVersion: 2\n\n%files\n/x\n\n%changelog\n')
  })

  it('gives the %changelog header a line ending when it was the last line', () => {
    expect(withChangelogOf('Name: x\n%changelog', dist)).toBe(
      'Name: x\n%changelog\n* Mon Jan 05 2026 A <a@x> - 1-1\n- dist-git entry\n',
    )
  })
})
