/** The PostgreSQL server the suite runs against, when it runs against one (CI's second pass). */
export const testDatabaseUrl = process.env.DATABASE_URL || undefined;

export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplatePath: string;
    postgresTemplateName: string | null;
  }
}
