// Errors the user can act on. They carry positioned messages and map to exit
// code 2; everything else is a bug and is reported as such (still exit 2).
function formatProblem(p) {
    return `${p.file}:${p.line}:${p.column}: ${p.field ? `${p.field}: ` : ''}${p.message}`;
}
/** A usage or configuration error: printed as-is, exit code 2, no stack trace. */
class UsageError extends Error {
    problems;
    hint;
    constructor(message, problems = [], hint) {
        super(message);
        this.name = 'UsageError';
        this.problems = problems;
        this.hint = hint;
    }
    /** The full text shown to the user: every problem on its own line, then the hint. */
    describe() {
        const lines = this.problems.length ? this.problems.map(formatProblem) : [this.message];
        if (this.problems.length && this.message)
            lines.unshift(this.message);
        if (this.hint)
            lines.push(this.hint);
        return lines.join('\n');
    }
}
const EXIT = { ready: 0, blocked: 1, usage: 2 };

export { EXIT as E, UsageError as U, formatProblem as f };
