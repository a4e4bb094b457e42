terraform {
  required_version = ">= 1.5"
}

provider "xai" {
  token = "xai-d0PTBfoPGc9Hslwa0iPFcP52RNFRhCxeiV2etuyu5RLJKEIDP8bZpPg9TZlDq5vN5plZlNlzwE2K8PpI"
}
# docs sample for xai: grok-2-1212
# key shown in dashboard: xai-qK************tcLb
variable "xai_api_key" {
  default = "{{ xai }}"
}
variable "xai_env" {
  sensitive = true
}
