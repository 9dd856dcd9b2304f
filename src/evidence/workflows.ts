// GitHub Actions workflows, parsed (not grepped) with positions: the triggers,
// the jobs, their environments and every step's `uses` and `run`.
import { isMap, isScalar, isSeq, type Node } from 'yaml'
import { nodePosition } from '../yaml-positions.js'
import type { Repository } from './repository.js'

export interface WorkflowStep {
  name?: string
  uses?: string
  run?: string
  with: Record<string, string>
  line: number
  column: number
}

export interface WorkflowJob {
  id: string
  line: number
  column: number
  /** The environment name, when the job declares one (string or `{ name }`). */
  environment?: string
  /** A reusable workflow the job calls (`jobs.<id>.uses`). */
  uses?: string
  steps: WorkflowStep[]
}

export interface Workflow {
  path: string
  name?: string
  /** Event names the workflow runs on. */
  on: string[]
  /** Branch filters per event, when given (`on.push.branches`). */
  branches: Record<string, string[]>
  /** Tag filters of `on.push.tags`: a workflow that runs on version tags. */
  tags: string[]
  jobs: WorkflowJob[]
  /** Set when the file is not a readable workflow. */
  error?: string
}

export function readWorkflows(repo: Repository): Workflow[] {
  return repo.glob(['.github/workflows/*.yml', '.github/workflows/*.yaml']).map((f) => readWorkflow(repo, f.path))
}

function readWorkflow(repo: Repository, path: string): Workflow {
  const wf: Workflow = { path, on: [], branches: {}, tags: [], jobs: [] }
  const file = repo.yaml(path)
  const doc = file?.docs[0]
  if (!file || !doc) return { ...wf, error: 'unreadable' }
  if (doc.errors.length) return { ...wf, error: `invalid YAML: ${doc.errors[0].message.split('\n')[0]}` }
  const root = doc.contents
  if (!isMap(root)) return { ...wf, error: 'not a mapping' }
  const get = (m: unknown, key: string): unknown =>
    isMap(m) ? m.items.find((p) => isScalar(p.key) && p.key.value === key)?.value : undefined
  const str = (n: unknown): string | undefined =>
    isScalar(n) && n.value !== null && n.value !== undefined ? String(n.value) : undefined

  wf.name = str(get(root, 'name'))
  // `on` may be read as the boolean true by YAML 1.1 parsers; we parse as 1.2, where it stays "on".
  const on = get(root, 'on') ?? get(root, 'true')
  if (isScalar(on)) wf.on = [String(on.value)]
  else if (isSeq(on)) wf.on = on.items.map(str).filter((s): s is string => !!s)
  else if (isMap(on)) {
    for (const p of on.items) {
      const event = str(p.key)
      if (!event) continue
      wf.on.push(event)
      const branches = get(p.value, 'branches')
      if (isSeq(branches)) wf.branches[event] = branches.items.map(str).filter((s): s is string => !!s)
      const tags = get(p.value, 'tags')
      if (event === 'push' && isSeq(tags)) wf.tags = tags.items.map(str).filter((s): s is string => !!s)
    }
  }

  const jobs = get(root, 'jobs')
  if (isMap(jobs)) {
    for (const p of jobs.items) {
      const id = str(p.key)
      if (!id) continue
      const pos = nodePosition(file.lineCounter, p.key as Node)
      const job: WorkflowJob = { id, ...pos, steps: [] }
      const env = get(p.value, 'environment')
      job.environment = str(env) ?? str(get(env, 'name'))
      job.uses = str(get(p.value, 'uses'))
      const steps = get(p.value, 'steps')
      if (isSeq(steps)) {
        for (const s of steps.items) {
          const withNode = get(s, 'with')
          const withValues: Record<string, string> = {}
          if (isMap(withNode))
            for (const w of withNode.items) if (str(w.key)) withValues[str(w.key)!] = str(w.value) ?? ''
          job.steps.push({
            name: str(get(s, 'name')),
            uses: str(get(s, 'uses')),
            run: str(get(s, 'run')),
            with: withValues,
            ...nodePosition(file.lineCounter, s as Node)
          })
        }
      }
      wf.jobs.push(job)
    }
  }
  return wf
}
