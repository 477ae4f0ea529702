import pg from 'pg';

/** Sent to listeners after the listening connection was lost and reopened: notifications may be missed. */
export const MISSED_NOTIFICATIONS = '*';

/**
 * LISTEN on a PostgreSQL server: one connection of its own for the whole process (a pooled one
 * would be handed to queries), opened on first use and reopened when the server drops it; after a
 * reconnection each listener hears MISSED_NOTIFICATIONS, since what was sent meanwhile is lost.
 */
export function postgresListener(connectionString: string) {
  const listeners = new Map<string, Set<(payload: string) => void>>();
  let client: pg.Client | undefined;
  let connecting: Promise<pg.Client> | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const connect = (): Promise<pg.Client> => {
    connecting ??= (async () => {
      const fresh = new pg.Client({ connectionString });
      fresh.on('notification', (message) => {
        for (const listener of listeners.get(message.channel) ?? []) listener(message.payload ?? '');
      });
      fresh.on('error', (error) => {
        console.warn(`PostgreSQL dropped the LISTEN connection: ${error.message}`);
        lost(fresh);
      });
      fresh.on('end', () => lost(fresh));
      await fresh.connect();
      for (const channel of listeners.keys()) await fresh.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      client = fresh;
      return fresh;
    })().finally(() => {
      connecting = undefined;
    });
    return connecting;
  };

  const lost = (which: pg.Client) => {
    if (client !== which || closed) return;
    client = undefined;
    const reconnect = () => {
      retry = undefined;
      if (closed) return;
      connect().then(
        () => {
          for (const set of listeners.values()) for (const listener of set) listener(MISSED_NOTIFICATIONS);
        },
        () => {
          retry = setTimeout(reconnect, 1000);
          retry.unref();
        },
      );
    };
    reconnect();
  };

  return {
    async listen(channel: string, listener: (payload: string) => void): Promise<() => void> {
      let set = listeners.get(channel);
      const first = !set;
      if (!set) {
        set = new Set();
        listeners.set(channel, set);
      }
      set.add(listener);
      const connection = client ?? (await connect());
      if (first && client === connection) await connection.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      return () => set.delete(listener);
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const open = client ?? (await connecting?.catch(() => undefined));
      client = undefined;
      await open?.end().catch(() => undefined);
    },
  };
}
