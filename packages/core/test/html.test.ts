import {createHash} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import {html, pageSecurityPolicy, raw, safeHref, securityPolicyMeta} from '../src/index.js'

describe('html templates', () => {
  it('escape every value, join lists, drop nothing-values, and keep raw() markup as it is', () => {
    const name = `"><img src=x onerror='alert(1)'>&`
    expect(html`<p title="${name}">${name}</p>`.toString()).toBe('<p title="&quot;&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt;&amp;">&quot;&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt;&amp;</p>')
    expect(html`<ul>${['a<', html`<li>b</li>`, null, undefined, false, 3]}</ul>`.toString()).toBe('<ul>a&lt;<li>b</li>3</ul>')
    expect(html`<style>${raw('a > b {}')}</style>`.toString()).toBe('<style>a > b {}</style>')
  })

  it('link only within the page or to https addresses', () => {
    expect(['#rule-jargon', 'https://intranet.example.gov.uk/rules#jargon', 'javascript:alert(1)', 'data:text/html,x', 'http://127.0.0.1/', 'file:///etc/passwd', '#"x'].map(safeHref)).toEqual([
      '#rule-jargon',
      'https://intranet.example.gov.uk/rules#jargon',
      '#',
      '#',
      '#',
      '#',
      '#'
    ])
  })

  it('name the page’s own script and style by their SHA-256 in a policy that allows nothing else', () => {
    const script = 'document.title = "é € 😀"'
    const style = 'body { margin: 0 }'
    const digest = (text: string) => createHash('sha256').update(text).digest('base64')
    expect(pageSecurityPolicy({scripts: [script], styles: [style]})).toBe(
      `default-src 'none'; script-src 'sha256-${digest(script)}'; style-src 'sha256-${digest(style)}'; img-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'; object-src 'none'; frame-src 'none'; worker-src 'none'; manifest-src 'none'`
    )
    expect(securityPolicyMeta({scripts: [script], styles: [style]}).toString()).toBe(`<meta http-equiv="Content-Security-Policy" content="${pageSecurityPolicy({scripts: [script], styles: [style]})}">`)
    expect(pageSecurityPolicy({scripts: [], styles: ['x'.repeat(1000)]})).toContain(`script-src 'none'; style-src 'sha256-${digest('x'.repeat(1000))}'`)
  })
})
