import type { ActivationKind } from '../../common/activation-kinds.js';
import { badRequest } from '../errors.js';

const DOMAIN =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;
const PRINTABLE = /^[\x21-\x7e](?:[\x20-\x7e]{0,253}[\x21-\x7e])?$/;

/** The stored form of an identifier of a kind, unchecked: "Example.COM." and "example.com" are one domain. */
export function identifierForm(kind: ActivationKind, raw: string): string {
  const value = raw.trim();
  return kind === 'domain' ? value.toLowerCase().replace(/\.$/, '') : value;
}

/** The stored form of an identifier; rejects what cannot be one, naming the field. */
export function normalizeIdentifier(kind: ActivationKind, raw: string): string {
  const value = identifierForm(kind, raw);
  if (kind === 'domain') {
    if (!DOMAIN.test(value))
      throw badRequest('The domain is not a valid domain name.', {
        identifier: 'must be a domain name like example.com',
      });
    return value;
  }
  if (!PRINTABLE.test(value)) {
    throw badRequest(`The ${kind === 'machine' ? 'fingerprint' : 'serial number'} is not valid.`, {
      identifier: 'must be 1 to 255 printable ASCII characters',
    });
  }
  return value;
}
