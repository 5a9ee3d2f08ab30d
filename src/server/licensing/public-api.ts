/**
 * The licensing core's public surface: the only file of src/server/licensing/ that code
 * outside it may import (eslint.config.js, rule portal/layer-boundaries). Everything else in
 * the folder, its queries above all, is the core's own. Add an operation here deliberately.
 */

// Seats: activate, deactivate, keep alive (DESIGN.md §3.3; decisions 010, 011, 051).
export { activateSeat, type ActivateSeatInput, type SeatActivation } from './activate-seat.js';
export { deactivateActivation } from './deactivate-activation.js';
export { endLongDeadActivations } from './end-dead-activation.js';
export { recordHeartbeat } from './heartbeat.js';
export { seatUsage } from './seat-usage.js';
export type { SeatActor } from './activation-audit.js';
export { HEARTBEAT_MONITOR, placeOf } from './activation-audit.js';
export { normalizeIdentifier } from './identifiers.js';
export { activatingActor } from './activating-member.js';

// Liveness: which activations hold seats, as a query condition and as a deadline.
export { heartbeatDeadline, isLapsed, isLive } from './liveness.js';

// Validation: the ordered checks of src/common/license-validation.ts.
export { explain, validateLicense, type LicenseValidation } from './validate-license.js';
export { licenseVerdict } from './license-verdict.js';

// Features a license grants (decision 087), as validation and license files state them.
export { featuresOfLicense, featuresOfLicenses } from './feature-grant-queries.js';

// Offline: signed license files and air-gapped activation (decision 012).
export { issueLicenseFile, type LicenseFileDocument } from './license-file.js';
export { activateOffline, type OfflineActivationRequest } from './offline-activation.js';

// What the operations answer with, for presenters.
export type { ActivationRecord, BoundActivation, KeyRef, LicenseRecord } from './queries.js';
