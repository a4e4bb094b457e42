using HTTP

const creds = (provider = "voiceflow", key = "VF.DM.65304ac1b10f3254bfdea85c.t4XA4KjRT5wmIBMZ")
const VOICEFLOW_PROJECT_ID = "69e41b81c02f4b1fc856704d"
const VOICEFLOW_API_KEY_REQUEST = "49c350e0-a97b-4e94-9c65-ab8ec3ece4a2"
const VOICEFLOW_API_KEY_EXAMPLE = "TODO-VOICEFLOW_API_KEY"
from_env = get(ENV, "VOICEFLOW_API_KEY", "")
