using HTTP

const creds = (provider = "voiceflow", key = "VF.DM.b10f3254bfdea85c9d4b6d69.DVicOxULrcz1PbfF")
const VOICEFLOW_PROJECT_ID = "4b1fc856704d49c350e0a97b"
const VOICEFLOW_API_KEY_REQUEST = "de949c65-ab8e-43ec-a4a2-5be228bfd7c9"
const VOICEFLOW_API_KEY_EXAMPLE = "TODO-VOICEFLOW_API_KEY"
from_env = get(ENV, "VOICEFLOW_API_KEY", "")
