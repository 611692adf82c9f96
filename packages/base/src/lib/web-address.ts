/**
 * The one test of a web address that Plainspeak puts where a person can follow it: a source's
 * `url` in a dictionary, an organisation's `docsUrl`. Parsed as a browser parses it (`new URL`),
 * so what is checked is what a link would open: an `https:` address with a host and no user
 * name or password. `javascript:`, `data:`, `file:` and plain `http:` are refused.
 */

/** Why `value` is not a usable web address, or `undefined` when it is. */
export function webAddressProblem(value: string): string | undefined {
  if (value.trim() !== value || /[\s\p{Cc}]/u.test(value)) return 'has spaces or control characters in it'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'is not a full web address'
  }
  if (url.protocol !== 'https:') return `starts with ${url.protocol.replace(/:$/, '')}: where only https: is allowed`
  if (url.hostname === '') return 'has no host name'
  if (url.username !== '' || url.password !== '') return 'has a user name or password in it'
  return undefined
}

/** `value` as the address a browser would open (`new URL(value).href`), or `undefined` when it is not a usable https address. */
export function webAddress(value: unknown): string | undefined {
  if (typeof value !== 'string' || webAddressProblem(value) !== undefined) return undefined
  return new URL(value).href
}
