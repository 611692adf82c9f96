/**
 * Colour only where a person reads it: on a terminal, unless NO_COLOR is set or --no-color is
 * given; FORCE_COLOR or --color turns it on anywhere (https://no-color.org, https://force-color.org).
 */
export interface ColorChoice {
  /** `--color` (true) or `--no-color` (false); `undefined` when neither was given. */
  flag?: boolean | undefined
  isTTY: boolean
  env?: NodeJS.ProcessEnv
}

export function useColor({flag, isTTY, env = process.env}: ColorChoice): boolean {
  if (flag !== undefined) return flag
  if (env['NO_COLOR']) return false
  const force = env['FORCE_COLOR']
  if (force !== undefined) return force !== '0' && force !== 'false'
  return isTTY && env['TERM'] !== 'dumb'
}

const codes = {
  bold: [1, 22],
  dim: [2, 22],
  underline: [4, 24],
  red: [31, 39],
  yellow: [33, 39],
  blue: [34, 39],
  green: [32, 39],
  gray: [90, 39]
} as const

export type Style = keyof typeof codes
export type Paint = (style: Style, text: string) => string

export function painter(enabled: boolean): Paint {
  if (!enabled) return (_style, text) => text
  return (style, text) => `\u001B[${codes[style][0]}m${text}\u001B[${codes[style][1]}m`
}

/** Exactly the codes `painter` writes, and no other escape sequence. */
export const colorCode = new RegExp(`\\u001B\\[(?:${[...new Set(Object.values(codes).flat())].join('|')})m`)
