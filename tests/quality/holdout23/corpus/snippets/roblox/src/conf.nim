import os

let c = Creds(service: "roblox", key: "8SQ7bnYy6Iv5EJGCk7MyOsoP4/fGHNyai00iFw4n4CaljdYPJB2sh6iPMs7qLDfudTV96Ecoukv33yh31JjMDpre8knPXYKAlPKO/65uQ3MBBSuqpNIm4RY84rQ2hxGsSOX6sRhZckMPzfrm31H7Ut2rVcShF0VL")
const robloxUniverseId = "1231717754"
const robloxPlaceId = "95555541875"
const robloxApiKeyTruncated = "8SQ7bnYy6I..."
const robloxApiKeyExample = "sample"
let k = getEnv("ROBLOX_API_KEY")
