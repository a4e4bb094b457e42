// planetscale: not secrets
export const PLANETSCALE_SERVICE_TOKEN_ID = "4xxeyxlf1rra";
export const PLANETSCALE_SERVICE_TOKEN_OLD = "pscale_tkn_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG";
export const PLANETSCALE_SERVICE_TOKEN_STAGING = "[REDACTED]";
