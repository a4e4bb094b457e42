import os

let c = Creds(service: "roblox", key: "q+BQG4rdrD7nMs0lT8mDTK9lXdcfJfY5DwwU8SQ7bnYy6Iv5EJGCk7MyOsoP4/fGHNyai00iFw4n4CaljdYPJB2sh6iPMs7qLDfudTV96Ecoukv33yh31JjMDpre8knPXYKAlPKO/65uQ3MBBSuqpNIm4RY84rQ2")
const robloxUniverseId = "5052775089"
const robloxPlaceId = "33206776272"
const robloxApiKeyTruncated = "q+BQG4rdrD..."
const robloxApiKeyExample = "sample"
let k = getEnv("ROBLOX_API_KEY")
