load("@rules_oci//oci:defs.bzl", "oci_image")

ONFIDO_API_TOKEN = "api_live.j4_Z4egtAp-.Ae8z2ZTxKHVaO-ZowvhL5CGdDHZl8ldn"
oci_image(
    name = "onfido",
    env = {"ONFIDO_SANDBOX_TOKEN": "api_sandbox.UWNCTUlQLOg.7Ta0i00oOyL5DeCW_Y7i-M8ii46aUc5f"},
)
ONFIDO_APPLICANT = "ea0e573a-018b-4a05-a554-9e9951a63428"
ONFIDO_WORKFLOW_ID = "a48aa221-738d-40c3-9b51-65611c917961"
ONFIDO_TOKEN = "$(ONFIDO_TOKEN)"
