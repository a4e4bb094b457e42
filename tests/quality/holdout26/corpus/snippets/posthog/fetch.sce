// sales forecast fetch

posthogPersonalApiKey = "phx_hlqLg8FuLCmA4LA1HQtnxlX6l1WDpnXszZhAiVxuhjoTwkf";
posthogProjectKey = "phc_EBJQHMvmxtdlV1snomsl3NifjIaKYEM7BUNvxIZUGyn";
posthogPersonalApiKeyTruncated = "phx_hlqLg8...";
posthogPersonalApiKeyExample = "${POSTHOG_PERSONAL_API_KEY}";
fromEnv = getenv("POSTHOG_PERSONAL_API_KEY");
