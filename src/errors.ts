// Errors the user can act on. They carry positioned messages and map to exit
// code 2; everything else is a bug and is reported as such (still exit 2).

export interface Problem {
  file: string
  line: number
  column: number
  /** Dotted path of the field, e.g. "tools.0.privateData"; empty for the whole file. */
  field: string
  message: string
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.field ? `${p.field}: ` : ''}${p.message}`
}

/** A usage or configuration error: printed as-is, exit code 2, no stack trace. */
export class UsageError extends Error {
  readonly problems: Problem[]
  readonly hint?: string
  constructor(message: string, problems: Problem[] = [], hint?: string) {
    super(message)
    this.name = 'UsageError'
    this.problems = problems
    this.hint = hint
  }

  /** The full text shown to the user: every problem on its own line, then the hint. */
  describe(): string {
    const lines = this.problems.length ? this.problems.map(formatProblem) : [this.message]
    if (this.problems.length && this.message) lines.unshift(this.message)
    if (this.hint) lines.push(this.hint)
    return lines.join('\n')
  }
}

export const EXIT = { ready: 0, blocked: 1, usage: 2 } as const
