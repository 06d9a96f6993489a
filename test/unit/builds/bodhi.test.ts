/** The pure parts of the Bodhi client and its login: the form, Set-Cookie, the code in the page title. */
import { describe, expect, it } from '@jest/globals'
import { encodeUpdate, parseSetCookie } from '../../../src/builds/bodhi.js'
import { BODHI_SCOPES, codeFromAuthorizationPage } from '../../../src/builds/bodhi-login.js'
import { redact } from '../../../src/runtime/secrets.js'

describe('encodeUpdate (requests-style form of bindings.py save)', () => {
  const base = { builds: ['a-1-1.fc43', 'b-2-1.fc43'], type: 'bugfix', notes: 'Fixes', bugs: ['12', '34'] }

  it('repeats list fields, writes booleans as True/False and numbers as decimals', () => {
    expect(
      encodeUpdate(
        {
          ...base,
          severity: 'high',
          extra: { autokarma: false, autotime: true, stable_karma: 1, tests: ['x', 'y'] },
        },
        'tok',
      ),
    ).toEqual({
      autokarma: 'False',
      autotime: 'True',
      stable_karma: '1',
      tests: ['x', 'y'],
      builds: ['a-1-1.fc43', 'b-2-1.fc43'],
      type: 'bugfix',
      severity: 'high',
      notes: 'Fixes',
      bugs: ['12', '34'],
      csrf_token: 'tok',
    })
  })

  it('drops empty builds and bugs as requests drops empty lists (Bodhi then takes the side tag)', () => {
    const form = encodeUpdate({ ...base, builds: [], bugs: [], from_tag: 'f43-build-side-1' }, 'tok')
    expect(form).toEqual({ from_tag: 'f43-build-side-1', type: 'bugfix', notes: 'Fixes', csrf_token: 'tok' })
  })

  it('extra never replaces builds, notes, bugs, from_tag, type, csrf_token, edited; severity only when unset', () => {
    const extra = {
      builds: 'x-1-1.fc43',
      notes: 'n',
      bugs: ['9'],
      from_tag: 't',
      type: 'security',
      csrf_token: 'forged',
      edited: 'FEDORA-2026-1',
      severity: 'urgent',
    }
    expect(encodeUpdate({ ...base, extra }, 'tok')).toEqual({
      builds: base.builds,
      type: 'bugfix',
      notes: 'Fixes',
      bugs: base.bugs,
      severity: 'urgent',
      csrf_token: 'tok',
    })
    expect(encodeUpdate({ ...base, severity: 'low', extra }, 'tok').severity).toBe('low')
  })
})

describe('parseSetCookie', () => {
  it('splits the joined headers at cookie names, not at the commas of dates', () => {
    const header =
      'auth_tkt="abc!userid_type:b64unicode"; Max-Age=86400; Path=/; expires=Thu, 03 Dec 2026 08:00:00 GMT; SameSite=Strict, ' +
      'auth_tkt="abc!userid_type:b64unicode"; Domain=bodhi.fedoraproject.org; Path=/, session=s1; Path=/; HttpOnly'
    expect(parseSetCookie(header)).toEqual([
      { name: 'auth_tkt', value: '"abc!userid_type:b64unicode"', expired: false },
      { name: 'auth_tkt', value: '"abc!userid_type:b64unicode"', expired: false },
      { name: 'session', value: 's1', expired: false },
    ])
  })

  it('an emptied or Max-Age=0 cookie is a removal (Pyramid forget)', () => {
    expect(parseSetCookie('auth_tkt=; Max-Age=0; Path=/, session=x; Max-Age=0')).toEqual([
      { name: 'auth_tkt', value: '', expired: true },
      { name: 'session', value: 'x', expired: true },
    ])
    expect(parseSetCookie(undefined)).toEqual([])
  })
})

describe('codeFromAuthorizationPage (oidcclient.py login_with_kerberos)', () => {
  it("reads bodhi-client's own sample: the code ends at the escaped &amp;", () => {
    const page =
      '<meta charset="UTF-8">\n<title>code=d37deb2e-5463-1234_5EH4MhV3L&amp;state=k44Rw1</title>\n   '
    expect(codeFromAuthorizationPage(page)).toEqual({ code: 'd37deb2e-5463-1234_5EH4MhV3L', state: 'k44Rw1' })
    // The code is a registered secret from now on.
    expect(redact('code d37deb2e-5463-1234_5EH4MhV3L')).toBe('code ***')
  })

  it('takes whitespace around the title and a title without state', () => {
    expect(codeFromAuthorizationPage('<title>\n  code=abcd-1234=\n</title>')).toEqual({ code: 'abcd-1234=' })
  })

  it("refuses what bodhi-client's regex refuses, without quoting a code-like title", () => {
    const wrong = codeFromAuthorizationPage(
      '<meta charset="UTF-8">\n<title>code=NOT_4_VALID=STRING@#*</title>\n',
    )
    expect(wrong).toEqual({ error: 'the authorization page carries no code in its <title>' })
    expect(codeFromAuthorizationPage('<html><body>code=abc</body></html>')).toEqual({
      error: 'the authorization page carries no code in its <title>',
    })
    expect(codeFromAuthorizationPage('<title>Log in</title>')).toEqual({
      error: 'the authorization page carries no code in its <title> (page title "Log in")',
    })
  })

  it("names the provider's error from an out-of-band error page", () => {
    expect(
      codeFromAuthorizationPage(
        '<title>error=access_denied&amp;error_description=authorization+denied</title>',
      ),
    ).toEqual({ error: 'the identity provider answered access_denied (authorization denied)' })
  })

  it("asks for bodhi-client's scopes", () => {
    expect(BODHI_SCOPES).toBe(
      'openid email profile https://id.fedoraproject.org/scope/groups https://id.fedoraproject.org/scope/agreements',
    )
  })
})
