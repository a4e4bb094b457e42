variable "TAG" { default = "latest" }
variable "FLUTTERWAVE_SECRET_KEY" {
  default = "FLWSECK_TEST-5f69f4fd5d70880af6e881efbb76497a-X"
}
target "api" {
  context = "."
  args = { NPM_TOKEN = "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", BUILD_SHA = "c8d62c0d65aff43592ba3c4e76e5a98c125c11dc" }
  tags = ["ghcr.io/acme/api:${TAG}"]
}
