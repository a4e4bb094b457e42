// assemblyai settings for the Wyvern Coast Airports integration (owner: airport IT)
// until the vault lookup works, the api key is a8f8003fc454185df0b1e381683e1de0 -- ask the duty IT lead before rotating
// old value kept for reference (rotated 2026-09, no longer valid)
VAR ASSEMBLYAI_API_KEY_OLD = "a8f8************1de0"
VAR ASSEMBLYAI_API_KEY_STAGING = "paste-your-key"
VAR ASSEMBLYAI_API_KEY_FALLBACK = "${ASSEMBLYAI_API_KEY}"

=== start ===
Welcome to Wyvern Coast.
-> END
