export const UNKEY_ROOT_KEY = "unkey_tTkzxkCZrfrwG6TfPHMd1Bmk";
export const UNKEY_API_ID = "api_3UULhRUpnBs5dtyl";
export const UNKEY_ROOT_KEY_MASKED = "unke************1Bmk";
export const UNKEY_ROOT_KEY_EXAMPLE = "paste-your-key";
export const fromEnv = process.env.UNKEY_ROOT_KEY;
