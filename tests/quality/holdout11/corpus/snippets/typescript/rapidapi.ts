// rapidapi credentials (fake values)
export const config = {
  rapidapiKey: "NZoIEuVrFreg981FQviN8WHWN1na6xc4AWBD8PKIJbBbQJbw3m",
} as const;
enum Secrets {
  RapidapiKey2 = "6ODjCKHlKsZyX0wMnu79khWOHIqLpGjcLIIVf5JMhB8e2apkPk",
}
export const config = {
  rapidapiHost: "weatherapi-com.p.rapidapi.com",
} as const;
export const config = {
  rapidapiKeyMasked: "NZoIEu...bw3m",
} as const;
const key: string = process.env.RAPIDAPI_KEY ?? '';
