export {};

export const honeybadgerApiKey: string = "hbp_nNxGx601Bdi0w7O3pB2ZyHb9DviDMiQRWW8i";
await fetch(url, { headers: { "X-Api-Key": "hbu_l0aZ6AhwVFwv1yCou3SUUHVIi1P7f0ScHQPEraTr" } });
export const honeybadgerProjectId: string = "375238";
export const honeybadgerApiKeyMasked: string = "hbp_************WW8i";
export const honeybadgerApiKeyExample: string = "REPLACE_WITH_HONEYBADGER_API_KEY";
const envValue = process.env.HONEYBADGER_API_KEY ?? '';
