import type { ActivationKind } from './activation-kinds.js';

/**
 * What people read instead of stored codes: the enums and the vendor's free-text codes
 * (license type, deployment, platform…) the portal, its CSV files and its mails show.
 * Status, role and audit-type labels live beside their types (license-status, roles, audit-api).
 */
export const ACTIVATION_KIND_LABELS: Record<ActivationKind, string> = {
  machine: 'Machine',
  domain: 'Domain',
  serial: 'Serial number',
};

export const RELEASE_CHANNEL_LABELS: Record<string, string> = { stable: 'Stable', beta: 'Beta' };

const LICENSE_TYPES: Record<string, string> = {
  perpetual: 'Perpetual',
  subscription: 'Subscription',
  trial: 'Trial',
  floating: 'Floating',
};
const DEPLOYMENT_TYPES: Record<string, string> = {
  'on-premise': 'On-premise',
  cloud: 'Cloud',
  domain: 'Domain',
};
const PLATFORMS: Record<string, string> = { windows: 'Windows', macos: 'macOS', linux: 'Linux' };
const ARCHITECTURES: Record<string, string> = {
  x64: 'x64',
  x86: 'x86',
  arm64: 'ARM64',
  universal: 'Universal',
};

/** A lower-case code the vendor made up ("on_premise-ha") as words: "On premise ha"; "macOS 15" stays. */
export function humanizeCode(code: string): string {
  if (/[A-Z]/.test(code)) return code;
  const words = code.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const lookup = (labels: Record<string, string>) => (code: string) =>
  labels[code.toLowerCase()] ?? humanizeCode(code);

export const licenseTypeLabel = lookup(LICENSE_TYPES);
export const deploymentTypeLabel = lookup(DEPLOYMENT_TYPES);
/** Artifact platforms are codes ("linux"); an activation's platform is what the software reported ("Windows 11"). */
export const platformLabel = lookup(PLATFORMS);
export const architectureLabel = lookup(ARCHITECTURES);
export const releaseChannelLabel = lookup(RELEASE_CHANNEL_LABELS);
