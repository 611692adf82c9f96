/**
 * A file's findings as they cross from the worker thread to the main thread: each distinct string
 * once, and the findings as two typed arrays that index it.
 *
 * A structured clone writes every string and every key in full for every finding, and the main
 * thread then holds a copy of each: a findings-dense 5 MB file has tens of thousands of findings
 * whose reason, note, url and rule are the same few dozen strings. Packed, the clone is a few
 * buffers, and the unpacked findings share one copy of each string and each key list. The
 * findings come out equal to the ones packed, field for field and in the same key order.
 */

export interface PackedValues {
  /** Each distinct string once: values, and key lists joined by `keySeparator`. */
  strings: string[]
  /** What each value is (the `Tag` below). */
  tags: Uint8Array
  /** The value: a number, a boolean (0 or 1), a string's index, an array's length or a key list's index. */
  values: Float64Array
  /** How many findings. */
  count: number
}

const enum Tag {
  String,
  Number,
  Boolean,
  Undefined,
  Null,
  Array,
  Object
}

const keySeparator = '\u0000'

/** Packs plain JSON values (strings, numbers, booleans, null, arrays, plain objects; `undefined` in a field kept as it is). */
export function packValues(items: readonly unknown[]): PackedValues {
  const strings: string[] = []
  const indexes = new Map<string, number>()
  // Typed from the start, grown by doubling: a findings-dense file has millions of values, which
  // as plain arrays and then copies into typed ones were held twice over.
  let tags = new Uint8Array(1024)
  let values = new Float64Array(1024)
  let length = 0
  const push = (tag: Tag, value: number): void => {
    if (length === tags.length) {
      const grownTags = new Uint8Array(length * 2)
      grownTags.set(tags)
      tags = grownTags
      const grownValues = new Float64Array(length * 2)
      grownValues.set(values)
      values = grownValues
    }
    tags[length] = tag
    values[length] = value
    length++
  }
  const intern = (text: string): number => {
    let index = indexes.get(text)
    if (index === undefined) {
      index = strings.push(text) - 1
      indexes.set(text, index)
    }
    return index
  }
  const add = (value: unknown): void => {
    if (typeof value === 'string') {
      push(Tag.String, intern(value))
    } else if (typeof value === 'number') {
      push(Tag.Number, value)
    } else if (typeof value === 'boolean') {
      push(Tag.Boolean, value ? 1 : 0)
    } else if (value === undefined) {
      push(Tag.Undefined, 0)
    } else if (value === null) {
      push(Tag.Null, 0)
    } else if (Array.isArray(value)) {
      push(Tag.Array, value.length)
      for (const item of value) add(item)
    } else if (typeof value === 'object') {
      const keys = Object.keys(value)
      push(Tag.Object, intern(keys.join(keySeparator)))
      for (const key of keys) add((value as Record<string, unknown>)[key])
    } else {
      throw new TypeError(`A finding holds a ${typeof value}, which cannot be sent between threads`)
    }
  }
  for (const item of items) add(item)
  return {strings, tags: tags.slice(0, length), values: values.slice(0, length), count: items.length}
}

/** The values `packValues` was given, sharing each string and each key list between them. */
export function unpackValues<T>(packed: PackedValues): T[] {
  const {strings, tags, values} = packed
  const keyLists = new Map<number, string[]>()
  let at = 0
  const read = (): unknown => {
    const tag = tags[at] as Tag
    const value = values[at]!
    at++
    switch (tag) {
      case Tag.String:
        return strings[value]
      case Tag.Number:
        return value
      case Tag.Boolean:
        return value === 1
      case Tag.Undefined:
        return undefined
      case Tag.Null:
        return null
      case Tag.Array: {
        const array = new Array<unknown>(value)
        for (let index = 0; index < value; index++) array[index] = read()
        return array
      }
      case Tag.Object: {
        let keys = keyLists.get(value)
        if (!keys) {
          const joined = strings[value]!
          keys = joined === '' ? [] : joined.split(keySeparator)
          keyLists.set(value, keys)
        }
        const object: Record<string, unknown> = {}
        for (const key of keys) object[key] = read()
        return object
      }
    }
  }
  const items: T[] = []
  for (let index = 0; index < packed.count; index++) items.push(read() as T)
  return items
}
