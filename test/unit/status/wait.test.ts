import { describe, expect, it } from '@jest/globals'
import { checksPollSeconds, parseWaitMinutes } from '../../../src/status/wait.js'

describe('parseWaitMinutes', () => {
  it('takes whole and decimal minutes up to a job’s 6 hours', () => {
    expect(parseWaitMinutes('0')).toBe(0)
    expect(parseWaitMinutes(' 45 ')).toBe(45)
    expect(parseWaitMinutes('1.5')).toBe(1.5)
    expect(parseWaitMinutes('360')).toBe(360)
  })
  it('refuses what is not a number of minutes in range', () => {
    for (const text of ['', '-1', '361', '1e3', 'ten', '1.', '.5', '0x10'])
      expect(parseWaitMinutes(text)).toBeUndefined()
  })
})

describe('checksPollSeconds', () => {
  it('is 60 unless SRCGIT_CHECKS_POLL_SECONDS is a positive number', () => {
    expect(checksPollSeconds({})).toBe(60)
    expect(checksPollSeconds({ SRCGIT_CHECKS_POLL_SECONDS: '0.2' })).toBe(0.2)
    for (const bad of ['0', '-5', 'soon', ''])
      expect(checksPollSeconds({ SRCGIT_CHECKS_POLL_SECONDS: bad })).toBe(60)
  })
})
