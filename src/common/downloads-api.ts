/** The Downloads page and changelogs: what the portal API sends. */

/** What a release file is: something to install, or documentation (release notes, manuals). */
export const ARTIFACT_KINDS = ['installer', 'documentation'] as const;
export type ArtifactKind = (typeof ARTIFACT_KINDS)[number];

export const ARTIFACT_KIND_LABELS: Record<ArtifactKind, string> = {
  installer: 'Installers',
  documentation: 'Documentation',
};

export interface DownloadArtifactItem {
  id: number;
  fileName: string;
  kind: ArtifactKind;
  platform: string;
  arch: string;
  size: number;
  sha256: string;
}

export interface DownloadReleaseItem {
  id: number;
  productId: number;
  productCode: string;
  productName: string;
  version: string;
  channel: string;
  publishedAt: string;
  artifacts: DownloadArtifactItem[];
}

export interface DownloadProduct {
  id: number;
  code: string;
  name: string;
}

/** The filter choices: the entitled products, the platforms their installers are built for, the kinds of file. */
export interface DownloadFilterOptions {
  products: DownloadProduct[];
  platforms: string[];
  kinds: ArtifactKind[];
}

export interface SignedDownloadLink {
  url: string;
  expiresAt: string;
}

export interface ChangelogEntry {
  id: number;
  version: string;
  channel: string;
  publishedAt: string;
  /** The release notes rendered from Markdown on the server; every HTML tag of the source is escaped. */
  notesHtml: string;
}
