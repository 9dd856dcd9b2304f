// Argo CD Applications as data: those written out, and those an ApplicationSet's
// list generator produces from its template (the one generator whose output is
// in the file; cluster, git, SCM and plugin generators ask a live system, so
// their template is kept as written and marked). Hand-written: no library
// renders ApplicationSet templates outside the controller, and the gate never
// runs one.
import type { FileEvidence } from '../findings.js'
import { isRecord } from '../yaml-positions.js'
import { dig, type K8sObject } from './kubernetes-objects.js'

export interface ArgoApplication {
  name: string
  file: string
  labels: Record<string, string>
  spec: Record<string, unknown>
  /** The ApplicationSet and generator that produce it, when it is not written out. */
  generatedBy?: { appSet: string; generator: string; expanded: boolean }
  /** The metadata.name line of an Application; the list element's line for a generated one. */
  at: FileEvidence
}

const isArgo = (o: K8sObject, kind: string) => o.kind === kind && o.apiVersion.startsWith('argoproj.io/')

/** `{{.cluster}}`, `{{ .cluster }}` (goTemplate) and `{{cluster}}` (fasttemplate), with the element's values. */
function fill(value: unknown, params: Record<string, unknown>): unknown {
  if (typeof value === 'string') {
    return value.replace(/\{\{\s*\.?([\w.]+)\s*\}\}/g, (whole, key: string) => {
      const v = key
        .split('.')
        .reduce<unknown>(
          (acc, k) => (acc && typeof acc === 'object' ? (acc as Record<string, unknown>)[k] : undefined),
          params
        )
      return v === undefined || typeof v === 'object' ? whole : String(v)
    })
  }
  if (Array.isArray(value)) return value.map((v) => fill(v, params))
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, params)]))
  return value
}

const asRecord = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {})
const labelsOf = (meta: unknown): Record<string, string> =>
  Object.fromEntries(Object.entries(asRecord(asRecord(meta).labels)).map(([k, v]) => [k, String(v)]))

export function argoApplications(objects: readonly K8sObject[]): ArgoApplication[] {
  const out: ArgoApplication[] = []
  for (const o of objects) {
    if (isArgo(o, 'Application')) {
      out.push({
        name: o.name,
        file: o.file,
        labels: labelsOf(o.data.metadata),
        spec: asRecord(o.data.spec),
        at: o.locate(['metadata', 'name'], `Application ${o.name}`)
      })
    } else if (isArgo(o, 'ApplicationSet')) {
      const template = asRecord(dig(o.data, 'spec', 'template'))
      const generators = dig(o.data, 'spec', 'generators')
      ;(Array.isArray(generators) ? generators : []).forEach((g, gi) => {
        const [generator] = Object.keys(asRecord(g))
        const elements = dig(g, 'list', 'elements')
        if (generator === 'list' && Array.isArray(elements)) {
          elements.forEach((element, ei) => {
            const app = asRecord(fill(template, asRecord(element)))
            const name = String(asRecord(app.metadata).name ?? o.name)
            out.push({
              name,
              file: o.file,
              labels: labelsOf(app.metadata),
              spec: asRecord(app.spec),
              generatedBy: { appSet: o.name, generator, expanded: true },
              at: o.locate(
                ['spec', 'generators', gi, 'list', 'elements', ei],
                `ApplicationSet ${o.name} → Application ${name}`
              )
            })
          })
        } else if (generator) {
          const name = String(asRecord(template.metadata).name ?? o.name)
          out.push({
            name,
            file: o.file,
            labels: labelsOf(template.metadata),
            spec: asRecord(template.spec),
            generatedBy: { appSet: o.name, generator, expanded: false },
            at: o.locate(['spec', 'generators', gi], `ApplicationSet ${o.name} (${generator} generator)`)
          })
        }
      })
    }
  }
  return out
}

/** The text that can say where an Application lands: its file, project, destination and source paths. */
export function placementText(app: ArgoApplication): string {
  const s = app.spec
  const sources = [s.source, ...(Array.isArray(s.sources) ? s.sources : [])].map(asRecord)
  const dest = asRecord(s.destination)
  return [
    app.file,
    app.name,
    s.project,
    dest.name,
    dest.server,
    dest.namespace,
    ...sources.flatMap((src) => [
      src.path,
      ...(Array.isArray(dig(src, 'helm', 'valueFiles')) ? (dig(src, 'helm', 'valueFiles') as unknown[]) : [])
    ])
  ]
    .filter((v) => typeof v === 'string')
    .join(' ')
}
