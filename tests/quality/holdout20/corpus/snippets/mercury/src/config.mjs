export const clients = { mercury: { key: "secret-token:mercury_production_rma_OPrUIuSMkhz659UZ7RLNAlFVOZbWUbCCW2hB7fwVHMNjo0YkuYe30YUtKXd0_yrucrem" } };
export const MERCURY_ACCOUNT_ID = "5402f30c-a38b-4982-b109-7238b05189e7";
export const MERCURY_API_TOKEN_TRUNCATED = "secret-tok...";
export const MERCURY_API_TOKEN_EXAMPLE = "sample";
export const fromEnv = process.env.MERCURY_API_TOKEN;
