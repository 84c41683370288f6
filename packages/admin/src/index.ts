/** Name of the operator CLI. */
export const ADMIN_BIN = 'avantika-admin';
