export const cfg = { service: "azure", value: "yPE8Q~X6ivnaMMlpQ2anMFyb0ZLbRl47KaCrtfH3" } satisfies ProviderConfig;
export const AZURE_STORAGE_KEY = "wqSvK7AK2emplKlgb6bZ7XmSMX9BIRrhxailmC1V1PLKEykJ86bZSzLAHN3lc1CLYLc2KeBHHb7x6EeETBEE6A==";
export const AZURE_TENANT_ID = "c123174a-8186-461c-951b-ae95a0b0be17";
export const AZURE_CLIENT_ID = "c5b33218-0abe-4e11-99af-82cfa6395eaf";
export const AZURE_CLIENT_SECRET_MASKED = "yPE8************tfH3";
export const AZURE_CLIENT_SECRET_EXAMPLE = "[REDACTED]";
export const fromEnv = process.env.AZURE_CLIENT_SECRET ?? "";
