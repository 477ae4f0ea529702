/**
 * An upper bound on the number of disjoint adjacent pairs among `vertices`
 * (edges with both ends in `vertices`).
 * Exact on forests — walking streets are paths — via the greedy "match a leaf
 * with its parent" rule; components with a cycle fall back to ⌊n/2⌋, which is
 * still a valid bound and all that the relaxation needs.
 */
export function maxMatchingUpperBound(
  vertices: readonly number[],
  adjacency: readonly Int32Array[],
): number {
  const inSet = new Set(vertices);
  const neighbours = (v: number): number[] => [...(adjacency[v] ?? [])].filter((t) => inSet.has(t));
  const seen = new Set<number>();
  let total = 0;
  for (const root of vertices) {
    if (seen.has(root)) continue;
    // Breadth-first order with parents; processing it backwards visits children before parents.
    const order: number[] = [root];
    const parent = new Map<number, number>([[root, -1]]);
    seen.add(root);
    let edgeEnds = 0;
    for (let i = 0; i < order.length; i++) {
      const v = order[i] ?? -1;
      for (const t of neighbours(v)) {
        edgeEnds++;
        if (seen.has(t)) continue;
        seen.add(t);
        parent.set(t, v);
        order.push(t);
      }
    }
    const isTree = edgeEnds / 2 === order.length - 1;
    if (!isTree) {
      total += Math.floor(order.length / 2);
      continue;
    }
    const matched = new Set<number>();
    for (let i = order.length - 1; i > 0; i--) {
      const v = order[i] ?? -1;
      const p = parent.get(v) ?? -1;
      if (p >= 0 && !matched.has(v) && !matched.has(p)) {
        matched.add(v);
        matched.add(p);
        total++;
      }
    }
  }
  return total;
}
