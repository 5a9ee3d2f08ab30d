import { startSessionFetch } from './api/early-session';
import { pageAt, startPageCode } from './page-code';

// main.tsx imports this first, so it runs before React, Mantine and the router are evaluated
// (a tenth of a second on a fast machine, more on a phone): the first page's code and the
// session travel meanwhile instead of after (decision 146).
startPageCode(location.pathname);
if (pageAt(location.pathname)?.signedIn) startSessionFetch();
