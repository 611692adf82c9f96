import {expect, it} from 'vitest'
import {plainText} from '../src/lib/sentences.js'

it('decodes a draft’s entities without throwing, and leaves names it does not know as written', () => {
  expect(plainText('a &amp; b &#x2014; &#8212; &pound;5', 'html')).toBe('a & b — — £5')
  // No character: U+FFFD, as a browser shows it. Not an entity: shown as typed, never as code.
  expect(plainText('&#x110000; &#0; &#xD800; &#99999999999999999999; &constructor; &__proto__; &toString;', 'html')).toBe('\uFFFD \uFFFD \uFFFD \uFFFD &constructor; &__proto__; &toString;')
})
