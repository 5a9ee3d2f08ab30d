/** The Downloads page and changelogs: what the portal API sends. */

export interface DownloadArtifactItem {
  id: number;
  fileName: string;
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

/** The filter choices: the entitled products and the platforms their files are built for. */
export interface DownloadFilterOptions {
  products: DownloadProduct[];
  platforms: string[];
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
