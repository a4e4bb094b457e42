// vectara credentials (fake values)
export const config = {
  vectaraApiKey: "zqt_g8CXD7KFUi51OzSdXLzVCGAJm_MLssRwODk-SG",
} as const;
enum Secrets {
  VectaraIndexKey = "zwt_b4Um1vIgakvH98aIViwxDVur3elWsNQ6rQhQvU",
}
enum Secrets {
  VectaraPersonalKey = "zut_pEs-E4twrDd96nyomwOTsXi0fTRPIIS7oP_GqW",
}
export const config = {
  vectaraCorpusKey: "docs-973o3l",
} as const;
export const config = {
  vectaraApiKeyMasked: "zqt_g8...k-SG",
} as const;
const key: string = process.env.VECTARA_API_KEY ?? '';
export const config = {
  vectaraApiKeyFromEnv: "${VECTARA_API_KEY}",
} as const;
