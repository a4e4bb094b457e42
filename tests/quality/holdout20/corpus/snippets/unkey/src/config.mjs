export const UNKEY_ROOT_KEY = "unkey_GSzMMeXFUwamh842FRBox7wg";
export const UNKEY_API_ID = "api_lvidgwUOEQ393Mcz";
export const UNKEY_ROOT_KEY_MASKED = "unke************x7wg";
export const UNKEY_ROOT_KEY_EXAMPLE = "paste-your-key";
export const fromEnv = process.env.UNKEY_ROOT_KEY;
