/**
 * Stands in for `ajv` inside the task pane bundle. Ajv compiles schemas into
 * code with `new Function`, which the pane's Content-Security-Policy forbids
 * (no 'unsafe-eval'). The build compiles the dictionary schema ahead of time
 * (`ajv/dist/standalone`) and this class hands out those validators by ref.
 */
import {options, refs} from 'plainspeak-precompiled-validators'

export class Ajv {
  constructor(given = {}) {
    for (const [name, value] of Object.entries(options)) {
      if (given[name] !== value) {
        throw new Error(`Plainspeak's precompiled validators were built with Ajv option ${name}: ${JSON.stringify(value)}; rebuild the Word add-in after changing the dictionary loader.`)
      }
    }
  }

  addSchema() {
    return this
  }

  getSchema(ref) {
    return refs[ref]
  }

  compile() {
    throw new Error('Schemas cannot be compiled in the Word task pane (Content-Security-Policy); precompile them in scripts/build.js.')
  }
}

export default Ajv
