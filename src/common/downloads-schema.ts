import { Type } from 'typebox';

/** A release file's kind (ARTIFACT_KINDS in downloads-api.ts), as the portal and vendor APIs take it. */
export const ArtifactKindSchema = (description: string) =>
  Type.Union([Type.Literal('installer'), Type.Literal('documentation')], { description });
