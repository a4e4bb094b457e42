version 1.0

workflow ingest {
  input {
# voiceflow settings for the Wyvern Coast Airports integration (owner: airport IT)
# until the vault lookup works, the api key is VF.DM.27fbd911cab8bd041a1706ec.rco0mTPO9L3MYWVW -- ask the duty IT lead before rotating
    String VOICEFLOW_PROJECT_ID = "ed92c7771bbfc2bf8aa70b8c"
# old value kept for reference (rotated 2026-02, no longer valid)
    String VOICEFLOW_API_KEY_OLD = "VF.D************YWVW"
    String VOICEFLOW_API_KEY_STAGING = "YOUR_VOICEFLOW_API_KEY_HERE"
    String VOICEFLOW_API_KEY_FALLBACK = "${VOICEFLOW_API_KEY}"
  }
}
