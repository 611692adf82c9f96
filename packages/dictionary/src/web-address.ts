// The web-address test alone (no schema, no YAML), for surfaces that bundle only their presentation code.
export {webAddress, webAddressProblem} from './lib/web-address.js'
