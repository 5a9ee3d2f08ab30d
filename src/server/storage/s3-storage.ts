import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { S3StorageSettings } from '../config.js';
import {
  FileMissingError,
  type ByteRange,
  type FileStorage,
  type StoredFile,
} from './file-storage.js';
import { measureUpload } from './measure-upload.js';

const isMissing = (error: unknown) =>
  error instanceof S3ServiceException &&
  (error.name === 'NoSuchKey' || error.$metadata.httpStatusCode === 404);

/**
 * Objects in an S3-compatible bucket. An upload is measured into a temporary file first:
 * a single PUT needs its length, and a refused file never reaches the bucket.
 */
export class S3Storage implements FileStorage {
  private readonly client: S3Client;

  constructor(
    private readonly settings: S3StorageSettings,
    private readonly scratchDir: string,
  ) {
    this.client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials: settings.credentials,
      // Plain Content-Length uploads: S3-compatible servers do not all read aws-chunked checksums.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  get location(): string {
    return `s3://${this.settings.bucket}/${this.settings.prefix}`;
  }

  private objectKey(key: string): string {
    return this.settings.prefix + key;
  }

  async write(key: string, body: Readable, options: { maxBytes: number }): Promise<StoredFile> {
    await mkdir(this.scratchDir, { recursive: true });
    const scratch = path.join(this.scratchDir, `${randomBytes(9).toString('hex')}.upload`);
    const measure = measureUpload(options.maxBytes);
    try {
      await pipeline(body, measure.stream, createWriteStream(scratch, { flags: 'wx' }));
      const stored = measure.result();
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.settings.bucket,
          Key: this.objectKey(key),
          Body: createReadStream(scratch),
          ContentLength: stored.size,
          ContentType: 'application/octet-stream',
        }),
      );
      return stored;
    } finally {
      await rm(scratch, { force: true });
    }
  }

  async open(key: string, range?: ByteRange): Promise<Readable> {
    try {
      const object = await this.client.send(
        new GetObjectCommand({
          Bucket: this.settings.bucket,
          Key: this.objectKey(key),
          Range: range ? `bytes=${range.start}-${range.end}` : undefined,
        }),
      );
      return object.Body as Readable;
    } catch (error) {
      if (isMissing(error)) throw new FileMissingError(key);
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await this.client.send(
      new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.objectKey(key) }),
    );
  }

  async check(): Promise<void> {
    await this.client.send(new HeadBucketCommand({ Bucket: this.settings.bucket }));
  }

  close(): void {
    this.client.destroy();
  }
}
