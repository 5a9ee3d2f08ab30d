import { Readable } from 'node:stream';
import type { AppContext } from '../context.js';
import type { Trx } from '../db/transaction.js';
import { demoProducts } from './demo-data.js';
import { demoReleases } from './demo-data-releases.js';
import { demoPdf } from './demo-pdf.js';
import { insertArtifact, insertRelease } from './seed-queries.js';

const DAY = 86_400_000;

/** A small, real text file: what the demo offers for download. */
function demoFileContent(
  productName: string,
  version: string,
  platform: string,
  arch: string,
): Buffer {
  const lines = [
    `${productName} ${version} for ${platform} (${arch})`,
    'Demo package seeded by the Customer Portal.',
    '',
  ];
  for (let i = 1; i <= 40; i += 1)
    lines.push(`line ${String(i).padStart(2, '0')}: this file stands in for the installer.`);
  return Buffer.from(lines.join('\n') + '\n');
}

/** Releases with their files, written through the file storage like a vendor upload. */
export async function seedDemoReleases(
  ctx: AppContext,
  trx: Trx,
  productIds: Map<string, { id: number }>,
): Promise<void> {
  const storage = ctx.storage;
  for (const release of demoReleases) {
    const product = demoProducts.find((p) => p.code === release.product)!;
    const publishedAt = new Date(
      ctx.now().getTime() - release.publishedDaysAgo * DAY,
    ).toISOString();
    const row = await insertRelease(trx, {
      product_id: productIds.get(release.product)!.id,
      version: release.version,
      channel: release.channel,
      notes_md: release.notes,
      published_at: publishedAt,
    });
    const prefix = `${product.code.toLowerCase()}-${release.version}`;
    const installers = release.files.map((file) => {
      const [platform, arch] = file.split('/');
      const content = demoFileContent(product.name, release.version, platform, arch);
      return {
        fileName: `${prefix}-${platform}-${arch}.txt`,
        kind: 'installer' as const,
        platform,
        arch,
        content,
      };
    });
    const documents = (release.documents ?? []).map((title) => ({
      fileName: `${prefix}-${title.toLowerCase().replace(/\s+/g, '-')}.pdf`,
      kind: 'documentation' as const,
      platform: 'any',
      arch: 'any',
      content: demoPdf([
        `${product.name} ${release.version}: ${title}`,
        'Demo documentation seeded by the Customer Portal.',
      ]),
    }));
    for (const { content, ...file } of [...installers, ...documents]) {
      const storageKey = `releases/${row.id}/demo/${file.fileName}`;
      const stored = await storage.write(storageKey, Readable.from([content]), {
        maxBytes: content.length,
      });
      await insertArtifact(trx, {
        release_id: row.id,
        file_name: file.fileName,
        kind: file.kind,
        platform: file.platform,
        arch: file.arch,
        size: stored.size,
        sha256: stored.sha256,
        storage_key: storageKey,
        created_at: publishedAt,
      });
    }
  }
}
