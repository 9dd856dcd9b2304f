import type { Evidence } from '../../src/findings.js'
import { attestationFor, type CheckContext, type CheckDefinition, configEvidence, factCounts } from '../../src/check.js'
import { counted, firstNames } from '../shared.js'
import { factEvidence, toolMatrix, toolsUnread, unreadReason } from './shared.js'

/** The check whose attestation vouches for a tool's leg. */
const LEG_CHECK = {
  privateData: 'security.private-data',
  untrustedContent: 'security.untrusted-content',
  externalCommunication: 'security.external-communication'
} as const

/** One leg of the trifecta: present or not, and why. */
export interface Leg {
  present: boolean
  evidence: Evidence[]
  why: string[]
}

export interface TrifectaLegs {
  privateData: Leg
  untrustedContent: Leg
  externalCommunication: Leg
}

/**
 * The union over all tools of the three capabilities: declared values, raised by evidence (never lowered), and what the
 * server holds apart from any tool.
 */
export function trifectaLegs(ctx: CheckContext): TrifectaLegs {
  const legs: TrifectaLegs = {
    privateData: { present: false, evidence: [], why: [] },
    untrustedContent: { present: false, evidence: [], why: [] },
    externalCommunication: { present: false, evidence: [], why: [] }
  }
  const raise = (leg: Leg, why: string, evidence: Evidence[]) => {
    leg.present = true
    leg.why.push(why)
    leg.evidence.push(...evidence)
  }
  const declared = new Map(ctx.config.tools.map((t, i) => [t.name, i]))
  for (const row of toolMatrix(ctx)) {
    for (const name of ['privateData', 'untrustedContent', 'externalCommunication'] as const) {
      const cell = row[name]
      if (cell.sources.includes('declared'))
        raise(legs[name], `${row.tool} declares ${name}: ${cell.declared}`, [
          configEvidence(ctx, ['tools', declared.get(row.tool)!, name])
        ])
      else if (cell.evidence.length)
        raise(legs[name], `${row.tool}: ${cell.evidence[0].via}`, cell.evidence.slice(0, 2).map(factEvidence))
    }
  }
  const allowed = ctx.config.egress.allowedHosts
  for (const name of ['privateData', 'untrustedContent', 'externalCommunication'] as const) {
    const facts = ctx.repo.capabilities.server.filter((f) => f.leg === name && factCounts(f, allowed))
    if (facts.length)
      raise(
        legs[name],
        `the server (not tied to a tool): ${[...new Set(facts.map((f) => f.via))].slice(0, 3).join('; ')}`,
        facts.slice(0, 3).map(factEvidence)
      )
  }
  if (ctx.repo.egress.openToWorld.length)
    raise(
      legs.externalCommunication,
      'a network policy allows egress to the world',
      ctx.repo.egress.openToWorld.slice(0, 2)
    )
  return legs
}

export const trifecta: CheckDefinition = {
  id: 'security.trifecta',
  phase: 'security',
  level: 'critical',
  title: 'Lethal trifecta',
  reads: ['source'],
  passesWhen:
    'the union of all tools’ capabilities does not hold all three of private data, untrusted content and external communication',
  explain: {
    looksFor:
      'Whether the union of all tools holds private data, untrusted content and external communication at once.',
    evidence: [
      'golive.yaml capabilities per tool',
      'evidence that raises a capability: caller-supplied URLs fetched or text outsiders write read — mail, issues and comments, chat, tickets, scraped pages (untrusted content), calls to public hosts or egress open to the world (external communication)'
    ],
    why: 'The lethal trifecta lets an attacker who controls content make the model send private data out. All three in one server is a STOP: redesign, never waived.',
    fix: 'Remove one leg for every session: usually drop the outbound channel and keep outside text out of the model’s context, or split the server.'
  },
  run(ctx) {
    const { privateData: priv, untrustedContent: untrusted, externalCommunication: external } = trifectaLegs(ctx)
    const legs = [
      ['private data', priv],
      ['untrusted content', untrusted],
      ['external communication', external]
    ] as const
    // The report's risk level reads the legs from the finding, not from this check's logic.
    const values = {
      legs: { privateData: priv.present, untrustedContent: untrusted.present, externalCommunication: external.present }
    }
    if (legs.every(([, l]) => l.present)) {
      // A single tool holding all three is the worst case: one call can read, be steered and send.
      const whole = toolMatrix(ctx)
        .filter((r) => r.privateData.present && r.untrustedContent.present && r.externalCommunication.present)
        .map((r) => r.tool)
      const single = whole.length
        ? `${whole.join(', ')} ${whole.length === 1 ? 'holds' : 'each hold'} all three legs by ${whole.length === 1 ? 'itself' : 'themselves'}, and `
        : ''
      return [
        {
          status: 'failed',
          message: `STOP — ${single}the server holds all three legs of the lethal trifecta: private data (${priv.why.join('; ')}), untrusted content (${untrusted.why.join('; ')}) and external communication (${external.why.join('; ')}). Redesign before go-live; this can never be waived.`,
          evidence: [priv.evidence[0], untrusted.evidence[0], external.evidence[0]].concat(
            priv.evidence.slice(1),
            untrusted.evidence.slice(1),
            external.evidence.slice(1)
          ),
          fix: 'Remove at least one leg for every session: split the server so no session reaches private data and untrusted content and an outbound channel together — usually by dropping the outbound channel and keeping outside text out of the model’s context.',
          values
        }
      ]
    }
    const present = legs.filter(([, l]) => l.present).map(([n]) => n)
    // Fail closed: a missing leg that a tool whose code was not read denies may be there.
    const unread = new Map<string, string>()
    for (const t of ctx.config.tools) {
      const why = (['privateData', 'untrustedContent', 'externalCommunication'] as const)
        .filter((leg) => t[leg] === 'none' && !values.legs[leg] && !attestationFor(ctx, LEG_CHECK[leg], t.name))
        .map((leg) => unreadReason(ctx, t.name, leg))
        .find((w) => w !== undefined)
      if (why) unread.set(t.name, why)
    }
    // No tool declared, and none whose code could be read: the legs not seen are not known to be absent.
    const nothingRead = unread.size || ctx.config.tools.length ? undefined : toolsUnread(ctx)
    if (nothingRead || unread.size) {
      const missing = legs.filter(([, l]) => !l.present).map(([n]) => n)
      const tools = [...unread.keys()]
      const reasons = nothingRead ? [nothingRead] : [...new Set(unread.values())]
      const unchecked = nothingRead
        ? `no tool’s code could be read (${nothingRead}), so ${missing.join(' and ')} may be there too.`
        : `the code of ${counted(tools.length, 'tool')} that ${tools.length === 1 ? 'denies' : 'deny'} ${missing.join(' and ')} could not be checked (${reasons.join('; ')}): ${firstNames(tools, 10)}.`
      return [
        {
          status: 'not verified',
          message: `${present.length ? `Only ${present.join(' and ')} in the code read` : 'No leg in the code read'}, but ${unchecked}`,
          reason: reasons.join('; '),
          evidence: legs.flatMap(([, l]) => l.evidence).slice(0, 6),
          fix: nothingRead
            ? 'Let the gate read the tools’ code (a registration and handler in a language it reads, or the inventory), or declare each tool’s legs in golive.yaml.'
            : 'Let the gate read the tools’ code (a registration and handler in a language it reads), or have a reviewer check each tool’s legs and attest them on security.private-data, security.untrusted-content and security.external-communication.',
          values
        }
      ]
    }
    return [
      {
        status: 'passed',
        message: present.length
          ? `Not all three legs: only ${present.join(' and ')} across the tools.`
          : 'None of the three legs is present across the tools.',
        evidence: legs.flatMap(([, l]) => l.evidence).slice(0, 6),
        values
      }
    ]
  }
}
