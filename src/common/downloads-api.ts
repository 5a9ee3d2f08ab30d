/** The Downloads page and changelogs: what the portal API takes and sends. */
import { Type, type Static } from 'typebox';
import { PageQuery } from './list-query-schema.js';
import { Instant, PageOf, StringEnum } from './schema-kit.js';
import { ARTIFACT_KINDS } from './plain-values.js';
export { ARTIFACT_KINDS } from './plain-values.js';

export type ArtifactKind = (typeof ARTIFACT_KINDS)[number];

export const ARTIFACT_KIND_LABELS: Record<ArtifactKind, string> = {
  installer: 'Installers',
  documentation: 'Documentation',
};

/** A release file's kind, as the portal and vendor APIs take and answer it. */
export const ArtifactKindSchema = (description?: string) =>
  StringEnum(ARTIFACT_KINDS, description ? { description } : {});

export const DownloadReleaseQuery = Type.Object(
  {
    productId: Type.Optional(
      Type.Integer({ minimum: 1, description: 'Only releases of this product' }),
    ),
    platform: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 40,
        description:
          'Only releases with an installer for this platform (documentation fits every platform)',
      }),
    ),
    kind: Type.Optional(ArtifactKindSchema('Only files of this kind: installer or documentation')),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type DownloadReleaseQuery = Static<typeof DownloadReleaseQuery>;

export const DownloadArtifactItem = Type.Object({
  id: Type.Integer(),
  fileName: Type.String({ examples: ['atlas-2026.2.1-win-x64.msi'] }),
  kind: ArtifactKindSchema(),
  platform: Type.String(),
  arch: Type.String(),
  size: Type.Integer({ description: 'Bytes.' }),
  sha256: Type.String(),
});
export type DownloadArtifactItem = Static<typeof DownloadArtifactItem>;

export const DownloadReleaseItem = Type.Object({
  id: Type.Integer(),
  productId: Type.Integer(),
  productCode: Type.String(),
  productName: Type.String(),
  version: Type.String({ examples: ['2026.2.1'] }),
  channel: Type.String({ examples: ['stable'] }),
  publishedAt: Instant(),
  artifacts: Type.Array(DownloadArtifactItem),
});
export type DownloadReleaseItem = Static<typeof DownloadReleaseItem>;

export const DownloadReleasePage = PageOf(DownloadReleaseItem);

export const DownloadProduct = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
});
export type DownloadProduct = Static<typeof DownloadProduct>;

/** The filter choices: the entitled products, the platforms their installers are built for, the kinds of file. */
export const DownloadFilterOptions = Type.Object({
  products: Type.Array(DownloadProduct),
  platforms: Type.Array(Type.String()),
  kinds: Type.Array(ArtifactKindSchema()),
});
export type DownloadFilterOptions = Static<typeof DownloadFilterOptions>;

export const SignedDownloadLink = Type.Object({
  url: Type.String({ description: 'Relative to the portal; valid until expiresAt.' }),
  expiresAt: Instant(),
});
export type SignedDownloadLink = Static<typeof SignedDownloadLink>;

export const ChangelogEntry = Type.Object({
  id: Type.Integer(),
  version: Type.String(),
  channel: Type.String(),
  publishedAt: Instant(),
  notesHtml: Type.String({
    description:
      'The release notes rendered from Markdown on the server; every HTML tag of the source is escaped.',
  }),
});
export type ChangelogEntry = Static<typeof ChangelogEntry>;

/** A product's changelog, one page of releases at a time. */
export const ProductChangelog = Type.Object({
  product: DownloadProduct,
  releases: PageOf(ChangelogEntry),
});
export type ProductChangelog = Static<typeof ProductChangelog>;
