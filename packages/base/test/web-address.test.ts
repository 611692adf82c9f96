import {expect, it} from 'vitest'
import {webAddress, webAddressProblem} from '../src/index.js'

it('takes an https address with a host, as a browser reads it', () => {
  expect(webAddress('https://www.gov.uk/guidance/content-design/writing-for-gov-uk')).toBe('https://www.gov.uk/guidance/content-design/writing-for-gov-uk')
  expect(webAddress('https://example.org/a)![x](http://127.0.0.1/p.png)')).toBe('https://example.org/a)![x](http://127.0.0.1/p.png)')
  expect(webAddress('https://example.org/q?a="<b>"')).toBe('https://example.org/q?a=%22%3Cb%3E%22')
})

it('says what is wrong with anything else', () => {
  expect(
    ['javascript:alert(1)', 'data:image/png;base64,AAAA', 'http://127.0.0.1/', 'file:///etc/passwd', 'https://user:pw@example.org/', 'https://', 'example.org', ' https://a.b', 'https://a.b/\u0000', 42].map((value) =>
      typeof value === 'string' ? webAddressProblem(value) : webAddress(value)
    )
  ).toEqual([
    'starts with javascript: where only https: is allowed',
    'starts with data: where only https: is allowed',
    'starts with http: where only https: is allowed',
    'starts with file: where only https: is allowed',
    'has a user name or password in it',
    'is not a full web address',
    'is not a full web address',
    'has spaces or control characters in it',
    'has spaces or control characters in it',
    undefined
  ])
})
