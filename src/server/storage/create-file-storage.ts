import type { Config } from '../config.js';
import type { FileStorage } from './file-storage.js';
import { LocalDiskStorage } from './local-disk-storage.js';

/** The configured file storage: local disk under DATA_DIR (an S3 store would be chosen here). */
export function createFileStorage(config: Pick<Config, 'dataDir'>): FileStorage {
  return new LocalDiskStorage(config.dataDir);
}
