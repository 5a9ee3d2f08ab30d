import { ConfigError } from './config.js';

/** A database URL as it may be printed: without its password. */
export function printableUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

const POSTGRES_FIXES: Record<string, string> = {
  ECONNREFUSED: 'start PostgreSQL or correct the host and port',
  ENOTFOUND: 'correct the host name',
  EAI_AGAIN: 'correct the host name or check DNS',
  ETIMEDOUT: 'check the host, port and firewall',
  '3D000': 'create the database (createdb) or correct its name',
  '28P01': 'correct the user name and password',
  '28000': 'allow this user in pg_hba.conf or correct the user name',
};

const SQLITE_UNUSABLE = ['SQLITE_CANTOPEN', 'SQLITE_READONLY', 'SQLITE_PERM', 'SQLITE_NOTADB'];

/**
 * A database that cannot be opened or reached, as one line naming DATABASE_URL and the fix;
 * any other error (a failed migration) is left as it is.
 */
export function databaseFailure(error: unknown, databaseUrl: string): Error {
  const code = String((error as { code?: unknown }).code ?? '');
  const message = (error as Error).message?.split('\n')[0] ?? String(error);
  const sqlite = databaseUrl.startsWith('sqlite:');
  const unusable = sqlite
    ? SQLITE_UNUSABLE.includes(code)
    : code in POSTGRES_FIXES || code.startsWith('E');
  if (!unusable) return error instanceof Error ? error : new Error(message);
  if (sqlite) {
    const file = databaseUrl.slice('sqlite:'.length);
    return new ConfigError(
      `DATABASE_URL: the SQLite file ${file} cannot be used (${code || message}): make it and its folder writable by this user, or set DATA_DIR / DATABASE_URL elsewhere`,
    );
  }
  const fix = POSTGRES_FIXES[code] ?? 'check that PostgreSQL runs and accepts this URL';
  return new ConfigError(
    `DATABASE_URL ${printableUrl(databaseUrl)} is unreachable (${code ? `${code}: ` : ''}${message}): ${fix}`,
  );
}

/** Redis at REDIS_URL not answering at start-up, as one line with the fix. */
export function redisFailure(error: unknown, redisUrl: string): ConfigError {
  return new ConfigError(
    `REDIS_URL ${printableUrl(redisUrl)} is unreachable (${(error as Error).message}): start Redis, correct REDIS_URL, or unset it to count limits in this process`,
  );
}

/** Listening failed (port taken, no permission), as one line naming PORT or HOST. */
export function listenFailure(error: unknown, host: string, port: number): ConfigError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE')
    return new ConfigError(
      `PORT ${port} is in use: stop what listens there or set PORT to a free port`,
    );
  if (code === 'EACCES')
    return new ConfigError(`PORT ${port} needs privileges this user lacks: set PORT above 1023`);
  return new ConfigError(
    `Cannot listen on HOST ${host} PORT ${port} (${code ?? (error as Error).message}): check HOST and PORT`,
  );
}

/** The one line printed for a failed start: the cause and fix, never a stack trace. */
export function startupFailureLine(error: unknown): string {
  if (error instanceof ConfigError) return `Cannot start: ${error.message}`;
  const message = error instanceof Error ? error.message : String(error);
  return `Cannot start: ${message.split('\n')[0]} (unexpected error)`;
}
