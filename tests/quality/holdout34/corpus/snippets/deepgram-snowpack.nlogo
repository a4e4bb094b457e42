; deepgram for the Alpenbahn resort: NetLogo (lift ops tooling)
set deepgram_api_key "da2e1666bf2e93efbb662563ee29968bc99ef66d"
; project id, not a secret:
set project_id "5bd4ecbc-420f-4b7f-8372-d5bb4733ade8"
; rotated 2025-11-02, old value 5c334be85ede02b8767da964b886eed30649ae125f9b5c91d80fd8f6c814fc96 (revoked)
; staging: fill in from the vault
set staging_deepgram_api_key "$(DEEPGRAM_API_KEY)"
set from_env "${DEEPGRAM_API_KEY}"
