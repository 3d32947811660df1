/** True when AWAY_CAP is the only failing rule: the one case a director may override (SPEC §3). */
export function onlyAwayCapFails(
  rules: ReadonlyArray<{ code: string; passed?: boolean }>,
): boolean {
  const failed = rules.filter((r) => r.passed !== true);
  return failed.length === 1 && failed[0].code === 'AWAY_CAP';
}
