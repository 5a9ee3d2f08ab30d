/** Options of the CLI itself, accepted anywhere on the command line. */
export interface GlobalOptions {
  version: boolean;
  /** Run against a running server's vendor API instead of the local database. */
  url?: string;
  token?: string;
  /** Create (and migrate) a database where none is, with new secrets. */
  init: boolean;
  rest: string[];
}

const VALUED = new Set(['--url', '--token']);

export function takeGlobalOptions(argv: string[]): GlobalOptions {
  const options: GlobalOptions = { version: false, init: false, rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split(/=(.*)/s, 2);
    if (name === '--version' || name === '-v') options.version = true;
    else if (name === '--init') options.init = true;
    else if (VALUED.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value.`);
      options[name === '--url' ? 'url' : 'token'] = value;
    } else options.rest.push(argv[i]);
  }
  if ((options.url === undefined) !== (options.token === undefined))
    throw new Error('--url and --token go together: the server and a vendor API token.');
  return options;
}
