// The golive.yaml's view of the plain-shape reader (src/plain-yaml.ts): its data and where each path
// is, without the `yaml` package when the file is of the plain shape.
import { lineCounterOf, plainNodeAt, plainNodeData, readPlainYaml } from '../plain-yaml.js'

export interface SimpleYaml {
  /** What `doc.toJS()` gives. */
  data: Record<string, unknown>
  /** Line and column of the deepest node along a path, as `nodePosition(lc, closestNode(doc, path))` gives. */
  locate: (path: readonly PropertyKey[]) => { line: number; column: number }
}

/** The document's data and positions, or undefined when the text is not of the plain shape. */
export function readSimpleYaml(text: string): SimpleYaml | undefined {
  const roots = readPlainYaml(text, false)
  if (roots?.length !== 1) return undefined
  const [root] = roots
  const lineCounter = lineCounterOf(text)
  return {
    data: plainNodeData(root) as Record<string, unknown>,
    locate: (path) => {
      const { line, col } = lineCounter.linePos(plainNodeAt(root, path).at)
      return { line, column: col }
    }
  }
}
