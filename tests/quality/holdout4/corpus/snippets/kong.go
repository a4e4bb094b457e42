package config

req.Header.Set("Authorization", "Bearer kpat_dqHTNStjEal1GGyiLV5WdIDgVvbXxUhw34MRdTPLfeiXWZ2e4")
const kongSpat = "spat_feA43qSjYcMd90o17gAO83VDRC9zwzPizKcBpSfvj1bBKGuwq"
const konnectCpId = "f42890ce-d384-483c-b870-6cb997958d91"
const konnectRegion = "eu"
var kongApiKey = os.Getenv("KONG_API_KEY")
