// cypress credentials (fake values)
export const config = {
  cypressRecordKey: "5d59a992-e1f4-435d-8241-593e4e58a3ad",
} as const;
enum Secrets {
  CypressRecordKey2 = "fc262b85-da6d-4181-9346-f06c5fe5f63b",
}
export const config = {
  cypressProjectId: "1ofa4i",
} as const;
export const config = {
  cypressRecordKeyMasked: "5d59a9...a3ad",
} as const;
const key: string = process.env.CYPRESS_RECORD_KEY ?? '';
export const config = {
  cypressRecordKeyFromEnv: "${CYPRESS_RECORD_KEY}",
} as const;
