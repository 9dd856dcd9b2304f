// Calendar dates as golive.yaml and --today write them. Date.parse rolls an
// impossible day over (2026-02-30 is 2 March), so a date is taken only when it
// reads back the same.

/** YYYY-MM-DD naming a day that exists (2026-02-30, 2026-13-45 do not). */
export function isCalendarDate(s: string): boolean {
  if (typeof s !== 'string' || s.length !== 10 || s[4] !== '-' || s[7] !== '-') return false
  const y = Number(s.slice(0, 4))
  const m = Number(s.slice(5, 7))
  const d = Number(s.slice(8, 10))
  if (![y, m, d].every(Number.isInteger) || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}
