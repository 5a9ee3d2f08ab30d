/** Length limits of a password; the server also rejects common, breached and personal ones. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** What a form for a new password tells the member. */
export const PASSWORD_HINT = `At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words work well; common passwords and your name are refused.`;
