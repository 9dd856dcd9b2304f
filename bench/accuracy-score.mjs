// Scores one gate report (`check --format json`) against a truth file written by
// reading a server's code: which tools the gate found by the name a client sees,
// which legs of the trifecta it raised and on which tool, and how many of its
// secret and app-credential findings a reviewer would keep. Pure: no I/O, so the
// unit test can feed it hand-made reports (test/unit/accuracy-score.test.ts).

export const LEGS = ['privateData', 'untrustedContent', 'externalCommunication']

/** The check that reports each leg. */
export const LEG_CHECKS = {
  privateData: 'security.private-data',
  untrustedContent: 'security.untrusted-content',
  externalCommunication: 'security.external-communication'
}

/** The words the trifecta check uses for each leg in "Not all three legs: only … across the tools." */
const LEG_WORDS = {
  privateData: 'private data',
  untrustedContent: 'untrusted content',
  externalCommunication: 'external communication'
}

/** Tools a client sees in tools/list; T2's truth marks tools behind a dispatcher or `canList: () => false` with inToolsList: false. */
export const listedTools = (truth) => truth.tools.filter((t) => t.inToolsList !== false)

/** Every name quoted as `Tool "x"` in a message (the gate's way of naming a tool). */
function toolNamesIn(message) {
  const names = []
  const re = /Tool "([^"]{1,128})"/g
  let m
  while ((m = re.exec(message ?? ''))) names.push(m[1])
  return names
}

/** Whether a capability value from the report's tools[] says the leg is there (true, 'in-context', { present: true }, ['privateData'] …). */
export function capabilityPresent(value) {
  if (value === undefined || value === null || value === false) return false
  if (value === true) return true
  if (typeof value === 'number') return value > 0
  if (typeof value === 'string') return !/^(none|no|false|absent|unknown|not detected|)$/i.test(value.trim())
  if (Array.isArray(value)) return value.length > 0
  if (typeof value === 'object') {
    // Prefer what the gate saw in source over what golive.yaml declared (the harness declares every leg "none").
    for (const key of ['observed', 'detected', 'inferred', 'found', 'present', 'fromSource', 'evidence']) {
      if (key in value) return capabilityPresent(value[key])
    }
    if ('value' in value) return capabilityPresent(value.value)
    return false
  }
  return false
}

/** The legs the report's tools[] gives each tool, or null when the report has no such array. */
export function legsFromToolsArray(report) {
  if (!Array.isArray(report?.tools)) return null
  const byName = new Map()
  for (const t of report.tools) {
    if (!t || typeof t.name !== 'string' || t.capabilities === undefined) continue
    const caps = t.capabilities
    const legs = new Set()
    if (Array.isArray(caps)) {
      for (const c of caps) {
        const key = typeof c === 'string' ? c : (c?.leg ?? c?.name ?? c?.kind)
        const leg = LEGS.find(
          (l) => typeof key === 'string' && key.toLowerCase().replace(/[^a-z]/g, '') === l.toLowerCase()
        )
        if (leg && (typeof c === 'string' || capabilityPresent(c))) legs.add(leg)
      }
    } else if (caps && typeof caps === 'object') {
      for (const leg of LEGS) if (capabilityPresent(caps[leg])) legs.add(leg)
    }
    const prev = byName.get(t.name) ?? new Set()
    for (const l of legs) prev.add(l)
    byName.set(t.name, prev)
  }
  return byName.size ? byName : null
}

/** Tool-level legs from the findings: a leg check's non-passing finding that names a tool attributes the leg to it. */
function legsFromFindings(findings) {
  const byName = new Map()
  for (const leg of LEGS) {
    for (const f of findings) {
      if (f.check !== LEG_CHECKS[leg] || f.status === 'passed' || f.status === 'not applicable') continue
      for (const name of toolNamesIn(f.message)) {
        const set = byName.get(name) ?? new Set()
        set.add(leg)
        byName.set(name, set)
      }
    }
  }
  return byName
}

/** Server-level legs the gate raised: a failed leg check, or the trifecta check naming the leg. */
function serverLegsRaised(findings) {
  const raised = { privateData: false, untrustedContent: false, externalCommunication: false }
  for (const leg of LEGS) {
    if (findings.some((f) => f.check === LEG_CHECKS[leg] && f.status === 'failed')) raised[leg] = true
  }
  for (const f of findings) {
    if (f.check !== 'security.trifecta') continue
    if (f.status === 'failed') for (const leg of LEGS) raised[leg] = true
    else {
      const only = /only (.*) across the tools/.exec(f.message ?? '')
      if (only) for (const leg of LEGS) if (only[1].includes(LEG_WORDS[leg])) raised[leg] = true
    }
  }
  return raised
}

/** An environment or setting name in one form for comparison: jdbc.password and JDBC_PASSWORD are the same setting. */
export const settingKey = (name) =>
  String(name)
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')

/** Whether a finding's text names a setting as a whole token: TICKETS_API_TOKEN is not named by OTHER_TICKETS_API_TOKEN_V2. */
function mentions(text, name) {
  const key = settingKey(name)
  for (const token of String(text).match(/[A-Za-z0-9_.:-]+/g) ?? []) {
    // process.env.FIRECRAWL_API_KEY names FIRECRAWL_API_KEY; config.jdbc.password names jdbc.password.
    const parts = token.split(/[.:]+/).filter(Boolean)
    for (let i = 0; i < parts.length; i++) {
      for (let j = i + 1; j <= parts.length; j++)
        if (
          settingKey(
            parts
              .slice(i, j)
              .join('.')
              .replace(/^-+|-+$/g, '')
          ) === key
        )
          return true
    }
  }
  return false
}

const findingText = (f) =>
  [f.message, ...(f.evidence ?? []).flatMap((e) => [e.note, e.snippet])].filter(Boolean).join(' ')

/**
 * The score of one repository: truth is the parsed truth JSON, report the parsed
 * `check --format json` output. Names are compared exactly (the served name).
 */
export function scoreRepo(truth, report) {
  const findings = Array.isArray(report?.findings) ? report.findings : []
  const listed = listedTools(truth)
  const unlisted = truth.tools.filter((t) => t.inToolsList === false)
  const truthNames = new Set(truth.tools.map((t) => t.name))
  const listedNames = [...new Set(listed.map((t) => t.name))]

  // Tools: a truth tool is found when the gate read its registration in source under the served name.
  const declaredFindings = findings.filter((f) => f.check === 'security.tools-declared')
  const notFound = new Set()
  const undeclared = new Set()
  for (const f of declaredFindings) {
    const names = toolNamesIn(f.message)
    if (/no registration/i.test(f.message ?? '')) names.forEach((n) => notFound.add(n))
    else if (/not declared/i.test(f.message ?? '')) names.forEach((n) => undeclared.add(n))
  }
  // Only a finding that the gate read no registration at all zeroes the repository: since the
  // check reports each unregistered declared tool and each computed name as not verified, any
  // not-verified finding no longer means that.
  const noSource = declaredFindings.some(
    (f) =>
      f.status === 'not verified' &&
      /source was found, so the registered tools|no tool registration was found/i.test(f.message ?? '')
  )
  // The report's tools[] says which names have a registration in source; without it, the findings decide.
  const registered = Array.isArray(report?.tools)
    ? new Set(report.tools.filter((t) => t && typeof t.name === 'string' && t.registeredAt).map((t) => t.name))
    : null
  const isFound = (n) => !noSource && (registered ? registered.has(n) : !notFound.has(n))
  const found = listedNames.filter(isFound)
  const missed = listedNames.filter((n) => !isFound(n))
  const falsePositives = [...undeclared].filter((n) => !truthNames.has(n))
  const unlistedFound = [...new Set(unlisted.map((t) => t.name))].filter(isFound)
  const statuses = {}
  for (const f of declaredFindings) statuses[f.status] = (statuses[f.status] ?? 0) + 1
  const toolsStatus = declaredFindings.some((f) => f.status === 'failed')
    ? 'failed'
    : declaredFindings.some((f) => f.status === 'not verified')
      ? 'not verified'
      : declaredFindings.some((f) => f.status === 'warning')
        ? 'warning'
        : declaredFindings.length
          ? 'passed'
          : 'absent'

  // Legs, per tool (tools[] when the report has it, else tool names in the leg checks' findings) and per server.
  const fromArray = legsFromToolsArray(report)
  const toolLegs = fromArray ?? legsFromFindings(findings)
  const raised = serverLegsRaised(findings)
  if (fromArray) for (const set of fromArray.values()) for (const l of set) raised[l] = true
  const legs = {}
  for (const leg of LEGS) {
    const truthTools = listed.filter((t) => t[leg]).map((t) => t.name)
    const truthSet = new Set(truthTools)
    const gateTools = [...toolLegs.entries()].filter(([, s]) => s.has(leg)).map(([n]) => n)
    legs[leg] = {
      truth: truthTools.length,
      rightTool: gateTools.filter((n) => truthSet.has(n)).length,
      falseTools: gateTools.filter((n) => !truthSet.has(n) && !unlisted.some((u) => u.name === n && u[leg])),
      missedTools: truthTools.filter((n) => !gateTools.includes(n)),
      serverTruth: truthTools.length > 0,
      serverRaised: raised[leg]
    }
  }
  const trifectaTruth = LEGS.every((l) => legs[l].serverTruth)
  const trifectaRaised = findings.some((f) => f.check === 'security.trifecta' && f.status === 'failed')

  // Secrets: blocking findings of policy.secrets and policy.test-data; true when at a truth secret's file and line.
  const blocking = (f) => f.blocking === true || (f.blocking === undefined && f.status === 'failed')
  const secretFindings = findings.filter(
    (f) => (f.check === 'policy.secrets' || f.check === 'policy.test-data') && blocking(f)
  )
  const trueSecrets = truth.credentials?.trueSecrets ?? []
  const atTruthSecret = (f) =>
    (f.evidence ?? []).some((e) =>
      trueSecrets.some((s) => s.file === e.file && (s.line === undefined || s.line === e.line))
    )
  const secretsTrue = secretFindings.filter(atTruthSecret).length
  const secretsFound = trueSecrets.filter((s) =>
    secretFindings.some((f) =>
      (f.evidence ?? []).some((e) => e.file === s.file && (s.line === undefined || s.line === e.line))
    )
  ).length

  // App credentials: failed auth.no-app-credentials findings that name a truth app credential, or only names truth says are not one.
  const appFindings = findings.filter((f) => f.check === 'auth.no-app-credentials' && f.status === 'failed')
  const app = truth.credentials?.appCredentials ?? []
  const notApp = truth.credentials?.notAppCredentials ?? []
  let appMatch = 0
  let appWrong = 0
  for (const f of appFindings) {
    const text = findingText(f)
    if (app.some((c) => mentions(text, c.name))) appMatch++
    else if (notApp.some((c) => mentions(text, c.name))) appWrong++
  }
  const appText = appFindings.map(findingText).join(' ')
  const appMissed = app.filter((c) => !mentions(appText, c.name)).map((c) => c.name)
  const appPassed = findings.some((f) => f.check === 'auth.no-app-credentials' && f.status === 'passed')

  return {
    repo: truth.repo ?? truth.fixture,
    subdir: truth.subdir ?? null,
    language: truth.language,
    verdict: report?.verdict,
    tools: {
      truth: listedNames.length,
      found: found.length,
      recall: listedNames.length ? found.length / listedNames.length : null,
      missed,
      falsePositives,
      unlisted: unlisted.length,
      unlistedFound: unlistedFound.length,
      status: toolsStatus,
      statuses
    },
    attribution: fromArray ? 'tools[]' : 'findings',
    legs,
    trifecta: { truth: trifectaTruth, raised: trifectaRaised },
    secrets: {
      blocking: secretFindings.length,
      secretsCheck: secretFindings.filter((f) => f.check === 'policy.secrets').length,
      testData: secretFindings.filter((f) => f.check === 'policy.test-data').length,
      atTruthSecret: secretsTrue,
      truth: trueSecrets.length,
      truthFound: secretsFound
    },
    appCredentials: {
      findings: appFindings.length,
      matchTruth: appMatch,
      notAppCredential: appWrong,
      unjudged: appFindings.length - appMatch - appWrong,
      truth: app.length,
      missed: appMissed,
      checkPassed: appPassed
    }
  }
}

/** Totals over the rows that ran. */
export function totals(rows) {
  const ok = rows.filter((r) => !r.error)
  const sum = (f) => ok.reduce((a, r) => a + f(r), 0)
  const t = {
    repos: ok.length,
    errors: rows.length - ok.length,
    tools: {
      truth: sum((r) => r.tools.truth),
      found: sum((r) => r.tools.found),
      falsePositives: sum((r) => r.tools.falsePositives.length)
    },
    legs: {},
    trifecta: {
      truth: sum((r) => +r.trifecta.truth),
      raised: sum((r) => +r.trifecta.raised),
      raisedAndTrue: sum((r) => +(r.trifecta.raised && r.trifecta.truth))
    },
    secrets: {
      blocking: sum((r) => r.secrets.blocking),
      atTruthSecret: sum((r) => r.secrets.atTruthSecret),
      truth: sum((r) => r.secrets.truth)
    },
    appCredentials: {
      findings: sum((r) => r.appCredentials.findings),
      matchTruth: sum((r) => r.appCredentials.matchTruth),
      notAppCredential: sum((r) => r.appCredentials.notAppCredential),
      truth: sum((r) => r.appCredentials.truth),
      missed: sum((r) => r.appCredentials.missed.length)
    }
  }
  t.tools.recall = t.tools.truth ? t.tools.found / t.tools.truth : null
  const recalls = ok.map((r) => r.tools.recall).filter((x) => x !== null)
  // The mean over repositories, so one server with hundreds of tools does not decide the figure.
  t.tools.meanRecall = recalls.length ? recalls.reduce((a, x) => a + x, 0) / recalls.length : null
  for (const leg of LEGS) {
    t.legs[leg] = {
      truth: sum((r) => r.legs[leg].truth),
      rightTool: sum((r) => r.legs[leg].rightTool),
      falseTools: sum((r) => r.legs[leg].falseTools.length),
      serverTruth: sum((r) => +r.legs[leg].serverTruth),
      serverRaisedAndTrue: sum((r) => +(r.legs[leg].serverRaised && r.legs[leg].serverTruth)),
      serverRaisedFalsely: sum((r) => +(r.legs[leg].serverRaised && !r.legs[leg].serverTruth))
    }
  }
  return t
}

const pct = (x) => (x === null || x === undefined ? '–' : `${Math.round(x * 100)}%`)
const yn = (raised, truth) => `${raised ? 'R' : '·'}/${truth ? 'T' : '·'}`
const cell = (s) => String(s).replace(/\|/g, '\\|')

/** The markdown table: one row per repository, then the totals. */
export function markdownTable(rows) {
  const head = [
    '| repository | lang | tools found / truth | recall | undeclared not in truth | private data: right tool / true, false | untrusted: right / true, false | external: right / true, false | server legs P U E (R raised / T true) | trifecta R/T | blocking secrets+test-data (true) | app-cred findings: match / not-app / other (truth missed) |',
    '|---|---|---:|---:|---:|---|---|---|---|---|---:|---|'
  ]
  const lines = rows.map((r) => {
    const name = cell(`${r.repo}${r.subdir ? ` (${r.subdir})` : ''}`)
    if (r.error) return `| ${name} | ${r.language ?? ''} | error: ${cell(r.error).slice(0, 120)} | | | | | | | | | |`
    const l = (leg) => `${r.legs[leg].rightTool} / ${r.legs[leg].truth}, ${r.legs[leg].falseTools.length}`
    const server = LEGS.map((leg) => yn(r.legs[leg].serverRaised, r.legs[leg].serverTruth)).join(' ')
    const a = r.appCredentials
    return `| ${name} | ${r.language ?? ''} | ${r.tools.found} / ${r.tools.truth} | ${pct(r.tools.recall)} | ${r.tools.falsePositives.length} | ${l('privateData')} | ${l('untrustedContent')} | ${l('externalCommunication')} | ${server} | ${yn(r.trifecta.raised, r.trifecta.truth)} | ${r.secrets.blocking} (${r.secrets.atTruthSecret}) | ${a.matchTruth} / ${a.notAppCredential} / ${a.unjudged} (${a.missed.length} of ${a.truth}) |`
  })
  const t = totals(rows)
  const tl = (leg) => `${t.legs[leg].rightTool} / ${t.legs[leg].truth}, ${t.legs[leg].falseTools}`
  const tserver = LEGS.map(
    (leg) =>
      `${t.legs[leg].serverRaisedAndTrue}/${t.legs[leg].serverTruth}${t.legs[leg].serverRaisedFalsely ? `+${t.legs[leg].serverRaisedFalsely}✗` : ''}`
  ).join(' ')
  const a = t.appCredentials
  lines.push(
    `| **total (${t.repos}${t.errors ? `, ${t.errors} errors` : ''})** | | ${t.tools.found} / ${t.tools.truth} | ${pct(t.tools.recall)} (mean ${pct(t.tools.meanRecall)}) | ${t.tools.falsePositives} | ${tl('privateData')} | ${tl('untrustedContent')} | ${tl('externalCommunication')} | ${tserver} | ${t.trifecta.raisedAndTrue}/${t.trifecta.truth} (raised ${t.trifecta.raised}) | ${t.secrets.blocking} (${t.secrets.atTruthSecret}) | ${a.matchTruth} / ${a.notAppCredential} / ${a.findings - a.matchTruth - a.notAppCredential} (${a.missed} of ${a.truth}) |`
  )
  return [...head, ...lines].join('\n')
}

/** Per repository and in total, what changed against an earlier run's rows (`--baseline` with an `--out` file). */
export function compareRows(before, after) {
  const key = (r) => `${r.repo}${r.subdir ? ` (${r.subdir})` : ''}`
  const old = new Map(before.filter((r) => !r.error).map((r) => [key(r), r]))
  const lines = [
    '| repository | tools found | undeclared not in truth | server legs raised where true (P U E) | false legs on tools | trifecta raised | blocking secrets+test-data | app-cred findings naming a real one / not one |',
    '|---|---|---|---|---|---|---|---|'
  ]
  const arrow = (a, b) => (a === b ? `${b}` : `${a} → ${b}`)
  const legsTrue = (r) => LEGS.map((l) => +(r.legs[l].serverRaised && r.legs[l].serverTruth)).join(' ')
  const falseLegs = (r) => LEGS.reduce((a, l) => a + r.legs[l].falseTools.length, 0)
  for (const r of after) {
    if (r.error) continue
    const b = old.get(key(r))
    if (!b) {
      lines.push(
        `| ${cell(key(r))} (new) | ${r.tools.found} / ${r.tools.truth} | ${r.tools.falsePositives.length} | ${legsTrue(r)} | ${falseLegs(r)} | ${+r.trifecta.raised} | ${r.secrets.blocking} | ${r.appCredentials.matchTruth} / ${r.appCredentials.notAppCredential} |`
      )
      continue
    }
    lines.push(
      `| ${cell(key(r))} | ${arrow(b.tools.found, r.tools.found)} / ${r.tools.truth} | ${arrow(b.tools.falsePositives.length, r.tools.falsePositives.length)} | ${arrow(legsTrue(b), legsTrue(r))} | ${arrow(falseLegs(b), falseLegs(r))} | ${arrow(+b.trifecta.raised, +r.trifecta.raised)} | ${arrow(b.secrets.blocking, r.secrets.blocking)} | ${arrow(b.appCredentials.matchTruth, r.appCredentials.matchTruth)} / ${arrow(b.appCredentials.notAppCredential, r.appCredentials.notAppCredential)} |`
    )
  }
  return lines.join('\n')
}
