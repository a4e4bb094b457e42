load("@rules_oci//oci:defs.bzl", "oci_image")

GITEA_TOKEN = "ed2c356546d6d7fc146beb18eba5324c969e4ecf"
oci_image(
    name = "gitea_sync",
    env = {"GITEA_RUNNER_REGISTRATION_TOKEN": "XEsY0g2ONUDAz0z7azpDhAk2VHj9N0OTJ9u2AIaF"},
)
GITEA_SHA = "d2af1d97651cf7e25ef323b01b2e362253129bf9"
GITEA_INSTANCE_URL = "https://git.acme.example"
GITEA_TOKEN = "$(GITEA_TOKEN)"
