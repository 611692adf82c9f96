/** A point in the checked text: 1-based line and column, 0-based UTF-16 offset. */
export interface Point {
  line: number
  column: number
  offset: number
}

export interface Place {
  start: Point
  end: Point
}

/**
 * Converts offsets to line/column with a binary search over line starts, so
 * placing thousands of findings in a large document stays cheap.
 * Lines break at `\n`, `\r\n` and a lone `\r`, as editors count them.
 */
export function createLocator(text: string): (offset: number) => Point {
  const lineStarts = [0]
  if (text.includes('\r')) {
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index)
      if (code === 10 /* \n */) {
        lineStarts.push(index + 1)
      } else if (code === 13 /* \r */) {
        if (text.charCodeAt(index + 1) === 10) index++
        lineStarts.push(index + 1)
      }
    }
  } else {
    // Only `\n`: the engine's own search finds each one faster than a loop over every character.
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1)
  }

  return function toPoint(offset: number): Point {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (lineStarts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: offset - lineStarts[low]! + 1, offset}
  }
}
