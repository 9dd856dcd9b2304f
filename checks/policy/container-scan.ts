import type { CheckDefinition } from '../../src/check.js'
import { fileAt, findStep, recogniseBy } from './shared.js'

const CONTAINER_SCAN_ACTIONS: { match: RegExp; name: string }[] = [
  { match: /^aquasecurity\/trivy-action@/i, name: 'Trivy' },
  { match: /^anchore\/scan-action@/i, name: 'Grype' },
  { match: /^docker\/scout-action@/i, name: 'Docker Scout' },
  { match: /^snyk\/actions\/docker@/i, name: 'Snyk Container' },
  { match: /^azure\/container-scan@/i, name: 'Azure container scan' },
  { match: /^microsoft\/security-devops-action@/i, name: 'Microsoft Defender for DevOps' }
]
const CONTAINER_SCAN_COMMANDS: { match: RegExp; name: string }[] = [
  { match: /\btrivy\s+(image|fs|repo)\b/, name: 'Trivy' },
  { match: /\bgrype\b/, name: 'Grype' },
  { match: /\bdocker\s+scout\s+(cves|quickview)\b/, name: 'Docker Scout' },
  { match: /\bsnyk\s+container\s+test\b/, name: 'Snyk Container' }
]

export const containerScan: CheckDefinition = {
  id: 'policy.container-scan',
  phase: 'policy',
  level: 'advisory',
  title: 'Container scan',
  reads: ['workflow'],
  passesWhen: 'the container image is scanned',
  explain: {
    looksFor: 'A scan of the container image.',
    evidence: ['Trivy, Grype, Docker Scout, Snyk Container, Defender in a workflow'],
    why: 'Base images carry vulnerabilities of their own.',
    fix: 'Add a Trivy step after the image build.'
  },
  run(ctx) {
    const hasImage =
      ctx.repo.paths.some((p) => /(^|\/)(Dockerfile|Containerfile)(\.[^/]*)?$/.test(p)) ||
      ctx.repo.workflows.some((w) =>
        w.jobs.some((j) =>
          j.steps.some((s) => /docker\/build-push-action@/.test(s.uses ?? '') || /\bdocker\s+build\b/.test(s.run ?? ''))
        )
      )
    if (!hasImage) return [{ status: 'not applicable', message: 'No container image is built from this repository.' }]
    const found = findStep(ctx.repo.workflows, recogniseBy(CONTAINER_SCAN_ACTIONS, CONTAINER_SCAN_COMMANDS))
    if (found)
      return [
        {
          status: 'passed',
          message: `${found.name} scans the image in ${found.wf.path}.`,
          evidence: [
            fileAt(found.wf.path, found.step.line, found.step.column, found.step.uses ?? found.step.run?.split('\n')[0])
          ]
        }
      ]
    return [
      {
        status: 'failed',
        message:
          'The repository builds a container image, but no workflow scans it (Trivy, Grype, Docker Scout, Snyk Container, Defender).',
        fix: '```yaml\n- name: Scan the image\n  uses: aquasecurity/trivy-action@0.33.1\n  with:\n    image-ref: ${{ env.IMAGE }}\n    exit-code: "1"\n    severity: CRITICAL,HIGH\n```'
      }
    ]
  }
}
