export const clients = { mercury: { key: "secret-token:mercury_production_rma_sURM4iGtvE97OqLtL1v5pRwkAI0MD1oNhZiF58fDI5A1FoM4gOPrUIuSMkhz_yrucrem" } };
export const MERCURY_ACCOUNT_ID = "d5f00ee3-d2b4-45a2-a154-02f30ca38bd9";
export const MERCURY_API_TOKEN_TRUNCATED = "secret-tok...";
export const MERCURY_API_TOKEN_EXAMPLE = "sample";
export const fromEnv = process.env.MERCURY_API_TOKEN;
