import { type CheckDefinition, lastRootCodeownersRule, rootCodeownersRule } from '../../src/check.js'
import { fileAt } from './shared.js'

export const codeowners: CheckDefinition = {
  id: 'policy.codeowners',
  phase: 'policy',
  level: 'advisory',
  title: 'CODEOWNERS',
  passesWhen: 'CODEOWNERS covers the repository',
  explain: {
    looksFor: 'A CODEOWNERS rule for the whole repository.',
    evidence: ['.github/CODEOWNERS, CODEOWNERS or docs/CODEOWNERS with a `*` rule'],
    why: 'Code owners are who reviews and approves changes.',
    fix: 'Add `* @org/team`.'
  },
  run(ctx) {
    const co = ctx.repo.docs.codeowners
    const fix = `Add .github/CODEOWNERS with a rule for the whole repository:\n\n\`\`\`\n* ${ctx.config.server.owner}\n\`\`\``
    if (!co)
      return [
        { status: 'failed', message: 'No CODEOWNERS file (.github/CODEOWNERS, CODEOWNERS or docs/CODEOWNERS).', fix }
      ]
    const root = rootCodeownersRule(co)
    if (root)
      return [
        {
          status: 'passed',
          message: `${co.path} assigns the whole repository to ${root.owners.join(' ')}.`,
          evidence: [fileAt(co.path, root.line)]
        }
      ]
    const ownerless = lastRootCodeownersRule(co)
    if (ownerless)
      return [
        {
          status: 'failed',
          message: `${co.path} line ${ownerless.line}: the last rule for the whole repository (\`${ownerless.pattern}\`) names no owner, and on GitHub the last matching rule wins, so the repository has no owner.`,
          evidence: [fileAt(co.path, ownerless.line)],
          fix
        }
      ]
    return [
      {
        status: 'failed',
        message: `${co.path} has no rule for the whole repository (\`*\`), so some files have no owner.`,
        evidence: [fileAt(co.path, co.rules[0]?.line ?? 1)],
        fix
      }
    ]
  }
}
