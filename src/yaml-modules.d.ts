// Data files bundled as modules (@rollup/plugin-yaml): their shape is checked with zod where they are read.
declare module '*.yaml' {
  const data: unknown
  export default data
}
