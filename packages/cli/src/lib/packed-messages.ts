/**
 * A file's findings as they cross from the worker thread to the main thread: each distinct string
 * once, and the findings as two typed arrays that index it. The arrays are moved to the main
 * thread, not copied (`packedBuffers`).
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
  /**
   * The value: a whole number from 0 to 2³²−1 (lines, columns, offsets), a boolean (0 or 1), a
   * string's index, an array's length, a key list's index, or the index in `numbers` of any other
   * number. Four bytes a value rather than eight: a findings-dense 5 MB file has over a million.
   */
  values: Uint32Array
  /** The few numbers that are not whole numbers from 0 to 2³²−1. */
  numbers: number[]
  /** How many findings. */
  count: number
}

const enum Tag {
  String,
  /** A whole number from 0 to 2³²−1, in `values` itself. */
  Count,
  /** Any other number, in `numbers`. */
  Number,
  Boolean,
  Undefined,
  Null,
  Array,
  Object
}

const keySeparator = '\u0000'

/**
 * Packs plain JSON values (strings, numbers, booleans, null, arrays, plain objects; `undefined` in
 * a field kept as it is) one at a time, so that a thread can pack each finding as it makes it and
 * never hold them all as objects.
 */
export class ValuePacker {
  private readonly strings: string[] = []
  private readonly indexes = new Map<string, number>()
  // Typed from the start, grown by doubling: a findings-dense file has millions of values, which
  // as plain arrays and then copies into typed ones were held twice over.
  private tags = new Uint8Array(1024)
  private values = new Uint32Array(1024)
  private readonly numbers: number[] = []
  private length = 0
  private count = 0

  /** Adds one item. */
  add(item: unknown): void {
    this.value(item)
    this.count++
  }

  /** The items added, packed (trimmed to their length). */
  finish(): PackedValues {
    return {strings: this.strings, tags: this.tags.slice(0, this.length), values: this.values.slice(0, this.length), numbers: this.numbers, count: this.count}
  }

  private push(tag: Tag, value: number): void {
    if (this.length === this.tags.length) {
      const tags = new Uint8Array(this.length * 2)
      tags.set(this.tags)
      this.tags = tags
      const values = new Uint32Array(this.length * 2)
      values.set(this.values)
      this.values = values
    }
    this.tags[this.length] = tag
    this.values[this.length] = value
    this.length++
  }

  private intern(text: string): number {
    let index = this.indexes.get(text)
    if (index === undefined) {
      index = this.strings.push(text) - 1
      this.indexes.set(text, index)
    }
    return index
  }

  private value(value: unknown): void {
    if (typeof value === 'string') {
      this.push(Tag.String, this.intern(value))
    } else if (typeof value === 'number') {
      if (value >>> 0 === value && !Object.is(value, -0)) this.push(Tag.Count, value)
      else this.push(Tag.Number, this.numbers.push(value) - 1)
    } else if (typeof value === 'boolean') {
      this.push(Tag.Boolean, value ? 1 : 0)
    } else if (value === undefined) {
      this.push(Tag.Undefined, 0)
    } else if (value === null) {
      this.push(Tag.Null, 0)
    } else if (Array.isArray(value)) {
      this.push(Tag.Array, value.length)
      for (const item of value) this.value(item)
    } else if (typeof value === 'object') {
      const keys = Object.keys(value)
      this.push(Tag.Object, this.intern(keys.join(keySeparator)))
      for (const key of keys) this.value((value as Record<string, unknown>)[key])
    } else {
      throw new TypeError(`A finding holds a ${typeof value}, which cannot be sent between threads`)
    }
  }
}

/** Packs plain JSON values (see `ValuePacker`). */
export function packValues(items: readonly unknown[]): PackedValues {
  const packer = new ValuePacker()
  for (const item of items) packer.add(item)
  return packer.finish()
}

/** The buffers to move, not copy, when sending packed values to another thread (`postMessage`'s transfer list). */
export function packedBuffers(packed: PackedValues): ArrayBuffer[] {
  return [packed.tags.buffer as ArrayBuffer, packed.values.buffer as ArrayBuffer]
}

/** The values `packValues` was given, sharing each string and each key list between them. */
export function unpackValues<T>(packed: PackedValues): T[] {
  const {strings, tags, values, numbers} = packed
  const keyLists = new Map<number, string[]>()
  let at = 0
  const read = (): unknown => {
    const tag = tags[at] as Tag
    const value = values[at]!
    at++
    switch (tag) {
      case Tag.String:
        return strings[value]
      case Tag.Count:
        return value
      case Tag.Number:
        return numbers[value]
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
