// The benchmarks are plain JavaScript modules without types; tests import them as untyped.
declare module '*.mjs'
