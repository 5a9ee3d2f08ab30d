/** Where the vendor API lives; its paths are documented only to vendor tokens (spec: strict separation). */
export const VENDOR_PREFIX = '/api/vendor';

/** The parts of an OpenAPI document these filters read; the rest passes through untouched. */
interface Document {
  info: { title: string; description?: string } & Record<string, unknown>;
  paths?: Record<string, unknown>;
  components?: { securitySchemes?: Record<string, unknown> } & Record<string, unknown>;
  tags?: { name: string }[];
  [key: string]: unknown;
}

function withPaths<D extends Document>(document: D, keep: (path: string) => boolean): D {
  return {
    ...document,
    paths: Object.fromEntries(Object.entries(document.paths ?? {}).filter(([path]) => keep(path))),
  };
}

const isVendorPath = (path: string) =>
  path === VENDOR_PREFIX || path.startsWith(`${VENDOR_PREFIX}/`);

/** The document anyone may read at /api/docs: the portal's JSON API and the licensing API (/v1), no vendor surface. */
export function publicOpenApi<D extends Document>(document: D): D {
  const { vendorToken: _vendor, ...securitySchemes } = document.components?.securitySchemes ?? {};
  return {
    ...withPaths(document, (path) => !isVendorPath(path)),
    info: { ...document.info, description: 'The Customer Portal API and the licensing API (/v1).' },
    components: { ...document.components, securitySchemes },
    tags: document.tags?.filter((tag) => tag.name !== 'vendor'),
  };
}

/** The vendor API's own document, served at /api/vendor/openapi.json to vendor tokens only. */
export function vendorOpenApi<D extends Document>(document: D): D {
  const { vendorToken } = document.components?.securitySchemes ?? {};
  return {
    ...withPaths(document, isVendorPath),
    components: { ...document.components, securitySchemes: { vendorToken } },
    info: {
      ...document.info,
      title: 'Vendor API',
      description: 'Provisioning of organizations, products, entitlements, licenses and releases.',
    },
  };
}
