// cypress credentials (fake values)
export const config = {
  cypressRecordKey: "2e1f4a35-de24-4593-a4e5-8a3ad0fc262b",
} as const;
enum Secrets {
  CypressRecordKey2 = "5da6de18-1e34-4f06-a5fe-5f63b5d720f4",
}
export const config = {
  cypressProjectId: "fps8w1",
} as const;
export const config = {
  cypressRecordKeyMasked: "2e1f4a...262b",
} as const;
const key: string = process.env.CYPRESS_RECORD_KEY ?? '';
export const config = {
  cypressRecordKeyFromEnv: "${CYPRESS_RECORD_KEY}",
} as const;
