// Copies the built-in dictionaries' YAML into this package (dictionaries/, git-ignored), so an
// installed package can lint them (`plainspeak dict lint` with no files names them).
import {cpSync, mkdirSync, readdirSync, rmSync} from 'node:fs'

const from = new URL('../../../dictionaries/', import.meta.url)
const to = new URL('../dictionaries/', import.meta.url)
rmSync(to, {recursive: true, force: true})
mkdirSync(to)
for (const name of readdirSync(from)) if (/\.ya?ml$/.test(name)) cpSync(new URL(name, from), new URL(name, to))
