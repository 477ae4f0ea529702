/** The fields of `next` whose value differs from `before`, as `{ field: { from, to } }` for the audit log. */
export function changedFields<T extends object>(before: T, next: Partial<T>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    const from = before[key];
    const to = next[key];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[String(key)] = { from, to };
  }
  return changes;
}
