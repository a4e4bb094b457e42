const CONFIG = (
    mailtrap = (region = "eu", key = "542cfe038a5d7733c85e434e00a2f0d2"),
    mailtrap_inbox_id = "2841888",
    mailtrap_api_token_truncated = "542cfe038a...",
    mailtrap_api_token_example = "${MAILTRAP_API_TOKEN}",
    from_env = get(ENV, "MAILTRAP_API_TOKEN", ""),
)
