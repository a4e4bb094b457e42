load("@rules_oci//oci:defs.bzl", "oci_image")

CIRCLECI_TOKEN = "CCIPAT_7ctAymcZOqucn527krw4p9_41cf003883596141ce5f53d634a6ae662818622d"
oci_image(
    name = "circleci",
    env = {"CIRCLE_PROJECT_TOKEN": "CCIPRJ_daBiTJ37HqlovxjuO2Odup_2cba50f78cca4cf6a6857aa89cb9ef196d37866c"},
)
CIRCLE_SHA1 = "5f7c8ab91f92e643280921fe720489ff5f8815bc"
CIRCLECI_ORG_ID = "63e02dd7-7ccc-4d01-ae53-89b26a14c7f0"
CIRCLECI_TOKEN = "$(CIRCLECI_TOKEN)"
