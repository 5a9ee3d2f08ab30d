import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects } from '../../support/databases.js';
import { NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { signInOver } from '../../support/portal-session.js';
import { startTestS3, type TestS3 } from '../../support/s3-server.js';
import { startServers, type ServerCluster } from '../../support/server-processes.js';

// Both topologies: processes sharing one SQLite file on one box, and instances on one PostgreSQL.
const databases = await availableDialects();

describe.each(databases)(`two instances on one %s database and one S3 bucket`, (database) => {
  let s3: TestS3;
  let cluster: ServerCluster;
  beforeAll(async () => {
    s3 = await startTestS3();
    cluster = await startServers({ count: 2, database, env: s3.env, sequential: true });
  });
  afterAll(async () => {
    await cluster?.stop();
    await s3?.close();
  });

  it('serves a download link made on A from B with the right bytes, audited once', async () => {
    const [a, b] = cluster.instances;
    const viewer = await signInOver(a.url, NORTHWIND_VIEWER);
    const releases = (await (await viewer.get('/api/portal/downloads/releases')).json()) as {
      items: { artifacts: { id: number; fileName: string; size: number; sha256: string }[] }[];
    };
    const file = releases.items[0].artifacts[0];
    const link = (await (
      await viewer.post(`/api/portal/downloads/artifacts/${file.id}/link`)
    ).json()) as { url: string };
    const downloadEvents = async () =>
      (
        (await (await viewer.get('/api/portal/audit-events?type=downloads')).json()) as {
          items: { message: string }[];
        }
      ).items.filter((event) => event.message.includes(file.fileName));
    expect(await downloadEvents()).toHaveLength(0);

    const served = await viewer.get(link.url, b.url);
    expect(served.status).toBe(200);
    const bytes = Buffer.from(await served.arrayBuffer());
    expect(bytes.length).toBe(file.size);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
    expect(await downloadEvents()).toHaveLength(1);
  });
});
