terraform {
  required_version = ">= 1.5"
}

provider "webex" {
  api_key = "p89uynnymy46akl3aa9ureejfl3htr7u2eeskwhr"
}
variable "webex_api_key" {
  default = "lsrv73ulawgl4ptk9sc5z4577gw4cfeutocsajfu"
}
# example = "bbetpy9labt6"
# example = "wa6jvu********************"
# example = "{{ WEBEX_API_KEY }}"
locals { key_ref = var.webex_api_key }
