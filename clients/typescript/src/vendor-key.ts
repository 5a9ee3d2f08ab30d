/**
 * The vendor's public key, embedded at build time: `npm run build` (scripts/build.mjs) rewrites
 * the compiled dist/src/vendor-key.js with the key it is given. Null in the sources, so a client
 * built without a key must be given one explicitly.
 */
export const VENDOR_PUBLIC_KEY: string | null = null;
