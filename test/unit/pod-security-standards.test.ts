// infra.pod-security against the Pod Security Standards' own test cases
// (test/fixtures/real-manifests/pod-security-admission, copied from the
// admission controller's repository): what it admits must pass here, what it
// rejects must fail here, for the same control, at that control's line.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { FileEvidence } from '../../src/findings.js'
import { runGate } from '../../src/run.js'
import { ROOT, TODAY, findingsOf } from '../support/gate.js'

const DIR = join(ROOT, 'test', 'fixtures', 'real-manifests', 'pod-security-admission')
const { result } = runGate({ dir: DIR, today: TODAY })
const failed = findingsOf(result.findings, 'infra.pod-security').filter((f) => f.status === 'failed')
const casesIn = (kind: 'pass' | 'fail') =>
  readdirSync(join(DIR, kind))
    .filter((n) => n.endsWith('.yaml'))
    .map((n) => `${kind}/${n}`)

/** The control a failing case is named for: how our message names it, and what the line we point at holds. */
const CONTROLS: [prefix: string, message: RegExp, line: RegExp | ((what: string) => RegExp)][] = [
  ['allowprivilegeescalation', /allowPrivilegeEscalation/, /allowPrivilegeEscalation|securityContext|- image/],
  ['apparmorprofile', /AppArmor/, /apparmor|type:/],
  ['capabilities_baseline', /capabilit/, /add:|- \w+|drop|securityContext/],
  ['capabilities_restricted', /capabilit/, /add:|- \w+|drop|securityContext|capabilities/],
  ['hostnamespaces', /host(Network|PID|IPC)/, /host(Network|PID|IPC): true/],
  ['hostpathvolumes', /hostPath/, /hostPath:/],
  ['hostports', /hostPort/, /hostPort:/],
  ['hostprobesandhostlifecycle', /targets host/, /host:/],
  ['privileged', /privileged/, /privileged: true/],
  ['procmount', /procMount/, /procMount:/],
  ['restrictedvolumes', /volume \S+ is/, (what) => new RegExp(`^\\s*-?\\s*${what.split(' is ')[1]}:`)],
  ['runasnonroot', /runAsNonRoot/, /runAsNonRoot|securityContext|- image/],
  ['runasuser', /runAsUser(:| is) 0/, /runAsUser: 0/],
  ['seccompprofile', /seccompProfile/, /type:|securityContext|- image/],
  ['selinuxoptions', /seLinuxOptions/, /type:|user:|role:/],
  ['sysctls', /sysctl/, /name:/],
  ['windowshostprocess', /hostProcess|hostNetwork/, /hostProcess: true|hostNetwork: true/]
]

const lineOf = (e: FileEvidence) => readFileSync(join(DIR, e.file), 'utf8').split('\n')[e.line - 1]

describe('infra.pod-security on the Pod Security Standards test cases (restricted, policy 1.37)', () => {
  it('has the copied cases', () => {
    expect(casesIn('pass').length).toBeGreaterThanOrEqual(20)
    expect(casesIn('fail').length).toBeGreaterThanOrEqual(70)
  })

  it.each(casesIn('pass'))('admits %s', (file) => {
    expect(
      failed.filter((f) => f.evidence.some((e) => (e as FileEvidence).file === file)).map((f) => f.message)
    ).toEqual([])
  })

  it.each(casesIn('fail'))('rejects %s for its control, at that control’s line', (file) => {
    const control = CONTROLS.find(([prefix]) => file.slice(5).startsWith(prefix))
    expect(control, `no control named for ${file}`).toBeDefined()
    const [, message, line] = control!
    const mine = failed.filter((f) => f.evidence.some((e) => (e as FileEvidence).file === file))
    expect(mine.map((f) => f.message.split('“restricted”: ')[1]).join('\n')).toMatch(message)
    // A note reads "Pod NAME, container C: what"; the case names itself after its control, so only "what" counts.
    const what = (e: FileEvidence) => e.note?.split(': ').slice(1).join(': ') ?? ''
    const points = mine.flatMap((f) => f.evidence as FileEvidence[]).filter((e) => message.test(what(e)))
    expect(points.length).toBeGreaterThan(0)
    for (const e of points)
      expect(lineOf(e), `${e.file}:${e.line} (${e.note})`).toMatch(typeof line === 'function' ? line(what(e)) : line)
  })
})
