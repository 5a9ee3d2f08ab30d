import { startSessionFetch } from './api/early-session';
import { pageAt, startPageCode } from './page-code';

// main.tsx imports this first, so it runs before React, Mantine and the router are evaluated
// (a tenth of a second on a fast machine, more on a phone): the first page's code and the
// session travel meanwhile instead of after (decision 146).

// The first read of each storage (the router's scroll positions, the remembered language) is
// a synchronous call to the browser process; after the requests below it waited behind them
// (up to 0.2 s in Lighthouse's traces), before them it does not.
try {
  void sessionStorage.length;
  void localStorage.length;
} catch {
  // Storage refused (private mode, a sandbox): the app copes without, as before.
}
startPageCode(location.pathname);
if (pageAt(location.pathname)?.signedIn) startSessionFetch();
