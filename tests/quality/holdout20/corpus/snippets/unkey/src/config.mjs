export const UNKEY_ROOT_KEY = "unkey_fdNfJstZjzBmZa4x7EYnePUe";
export const UNKEY_API_ID = "api_dbl3qiqRBSTY842z";
export const UNKEY_ROOT_KEY_MASKED = "unke************ePUe";
export const UNKEY_ROOT_KEY_EXAMPLE = "paste-your-key";
export const fromEnv = process.env.UNKEY_ROOT_KEY;
