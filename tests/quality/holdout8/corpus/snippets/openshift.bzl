load("@rules_oci//oci:defs.bzl", "oci_image")

OPENSHIFT_TOKEN = "sha256~PU_F3Mzphtq-jyxzKIWSInxkisTcpQRug82vsApqK_S"
oci_image(
    name = "openshift_sync",
    env = {"OC_TOKEN": "sha256~5ltOSLlqAtbvC44WZWLK5fpUjnJW88WhuNYRYXbpd_j"},
)
OPENSHIFT_IMAGE = "sha256:4b17495c1bd35e3d6286e3b1869e1ad3b91c4b17cab84657f754fdb05713eeaf"
OPENSHIFT_SERVER = "https://api.ocp.acme.example:6443"
OPENSHIFT_TOKEN = "$(OPENSHIFT_TOKEN)"
