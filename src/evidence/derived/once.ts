// Made on first use: the capability pass parses hundreds of files to look up a definition or two
// in each, and most of what it could index per file is never asked for (issue 23).

/** A function that runs `make` on its first call and gives what it made to every call. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined
  return () => (made ??= { value: make() }).value
}
