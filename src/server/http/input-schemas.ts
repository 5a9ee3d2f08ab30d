// The building blocks live in src/common, shared with the web app and the OpenAPI document.
export { PlainText, RecordId, isPlainText, isRecordId } from '../../common/input-schemas.js';
