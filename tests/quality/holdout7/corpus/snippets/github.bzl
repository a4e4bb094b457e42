load("@rules_oci//oci:defs.bzl", "oci_image")

DEPLOY_ENV = {
    "GITHUB_TOKEN": "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",
}
GH_TOKEN = "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"
DEPLOY_ENV = {
    "GITHUB_APP_TOKEN": "ghs_1aoKx5UCJRwieqj2qawERZXt6ZhzS20vZK7i",
}
GITHUB_TOKEN = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
GITHUB_TOKEN = "${{ secrets.GITHUB_TOKEN }}"
GITHUB_TOKEN_FLAG = "--action_env=GITHUB_TOKEN"
