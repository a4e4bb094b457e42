version 1.0

workflow ingest {
  input {
# homepage settings for the Wyvern Coast Airports integration (owner: airport IT)
# until the vault lookup works, the widget key is db3933ce6c0328a764ac5179483ef492 -- ask the duty IT lead before rotating
# old value kept for reference (rotated 2026-05, no longer valid)
    String homepage_var_sonarr_key_OLD = "517e01f1523e2c2b63b22022e3413db98c6314261faf8fd1dce0151fcc88c1c3"
    String homepage_var_sonarr_key_STAGING = "************"
    String homepage_var_sonarr_key_FALLBACK = "${HOMEPAGE_VAR_SONARR_KEY}"
  }
}
