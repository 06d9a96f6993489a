import { describe, expect, it } from '@jest/globals'
import { tagTemplateFor } from '../../src/init/distro.js'

describe('tagTemplateFor: the upstream_tag_template srcgit init writes', () => {
  it('a prefixed or suffixed tag gets a template', () => {
    expect(tagTemplateFor('v1.0', '1.0')).toBe('v{version}')
    expect(tagTemplateFor('hello-1.0', '1.0')).toBe('hello-{version}')
    expect(tagTemplateFor('release-2.3.4-final', '2.3.4')).toBe('release-{version}-final')
  })

  it('the bare version, a tag without the version, or one with it twice: none', () => {
    expect(tagTemplateFor('1.0', '1.0')).toBeUndefined()
    expect(tagTemplateFor('main', '1.0')).toBeUndefined()
    expect(tagTemplateFor('1.0-1.0', '1.0')).toBeUndefined()
    expect(tagTemplateFor('v1.0', undefined)).toBeUndefined()
  })
})
