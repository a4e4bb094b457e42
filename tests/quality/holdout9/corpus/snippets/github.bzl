load("@rules_oci//oci:defs.bzl", "oci_image")

oci_image(
    name = "github",
    env = {"GITHUB_TOKEN": "ghp_uxCu3l2cfg7RNlW6qKpK174uxkfkkBVC0cJP"},
)
GH_PAT = "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"
oci_image(
    name = "github",
    env = {"GITHUB_APP_TOKEN": "ghs_dH60POToXY3bkJErhNDRZ0s1ClR9iOVgSEhr"},
)
GITHUB_TOKEN = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
GITHUB_APP_ID = "934631"
GITHUB_TOKEN = "$(GITHUB_TOKEN)"
