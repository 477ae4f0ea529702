/** Who made a change, as the audit log records it. The CLI and start-up seeding act as `system`. */
export interface Actor {
  id: string | null;
  email: string;
  requestId?: string;
}

export const SYSTEM_ACTOR: Actor = { id: null, email: 'system' };
