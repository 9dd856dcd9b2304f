// fast-check parameters for every property test: a fixed seed and a bounded
// number of runs in CI; FUZZ_SEED replays another seed, FUZZ_RUNS widens the
// search (e.g. FUZZ_SEED=7 FUZZ_RUNS=1500 npx vitest run test/property).
export const SEED = Number(process.env.FUZZ_SEED ?? 20261124)

export function fuzz(runs: number): { seed: number; numRuns: number } {
  return { seed: SEED, numRuns: process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : runs }
}
