// vectara credentials (fake values)
export const config = {
  vectaraApiKey: "zqt_g8CXD7KFUi51OzSdXLzVCGAJm_MLssRwODk-SGb4",
} as const;
enum Secrets {
  VectaraWriteKey = "zwt_Um1vIgakvH98aIViwxDVur3elWsNQ6rQhQvUpEs-",
}
export const config = {
  vectaraCorpusKey: "docs-p2jlio",
} as const;
export const config = {
  vectaraApiKeyMasked: "zqt_g8...SGb4",
} as const;
const key: string = process.env.VECTARA_API_KEY ?? '';
export const config = {
  vectaraApiKeyFromEnv: "${VECTARA_API_KEY}",
} as const;
