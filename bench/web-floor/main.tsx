import './styles';
import { createRoot } from 'react-dom/client';
import type { DashboardPayload } from '../../src/common/api-types';
import { FloorPage } from './FloorPage';

// The frame at once, then the page with its data from one request (the portal's answer, with
// the page's own cookie): what the Dashboard has to do, without a router, i18n or a query cache.
const root = createRoot(document.getElementById('root')!);
root.render(<FloorPage data={undefined} />);
void fetch('/api/portal/dashboard')
  .then((response) => response.json() as Promise<DashboardPayload>)
  .then((data) => root.render(<FloorPage data={data} />));
