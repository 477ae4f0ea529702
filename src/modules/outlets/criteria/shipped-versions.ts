import { checkDefinition, definitionShapeErrors } from './check-definition.ts';
import hanoi6385 from './data/hanoi-6385-v1.json' with { type: 'json' };
import moit950 from './data/moit-950-v1.json' with { type: 'json' };
import type { CriteriaDefinition } from './definition.ts';

export interface ShippedVersion {
  set: string;
  version: number;
  definition: CriteriaDefinition;
}

function checked(data: unknown): ShippedVersion {
  const shipped = data as ShippedVersion;
  const shapeErrors = definitionShapeErrors(shipped.definition);
  if (shapeErrors.length) throw new Error(`Shipped criteria ${shipped.set} v${shipped.version} break the schema: ${shapeErrors.join('; ')}`);
  const problems = checkDefinition(shipped.definition);
  if (problems.length) throw new Error(`Shipped criteria ${shipped.set} v${shipped.version}: ${problems.map((p) => p.en).join('; ')}`);
  return shipped;
}

/**
 * The versions the platform ships with (JSON beside this file, with their sources): Decision
 * 950/QĐ-BCT's checklist for points of sale and Decision 6385/QĐ-UBND's 100-point scorecard for
 * creative design centres. Later versions are published from the back office.
 */
export const SHIPPED_VERSIONS: readonly ShippedVersion[] = [checked(moit950), checked(hanoi6385)];

export const MOIT_950 = 'moit-950';
export const HANOI_6385 = 'hanoi-6385';
