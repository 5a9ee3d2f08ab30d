import path from 'node:path';
import type { Config } from '../config.js';
import type { FileStorage } from './file-storage.js';
import { LocalDiskStorage } from './local-disk-storage.js';
import { S3Storage } from './s3-storage.js';

/** The configured file storage: an S3-compatible bucket when STORAGE_URL names one, else local disk under DATA_DIR. */
export function createFileStorage(config: Pick<Config, 'dataDir' | 'storage'>): FileStorage {
  return config.storage.kind === 's3'
    ? new S3Storage(config.storage, path.join(config.dataDir, 'upload-scratch'))
    : new LocalDiskStorage(config.dataDir);
}
