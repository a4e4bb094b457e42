
variable "helicone_api_key" {
  default = "sk-helicone-l46u7ey-6aijh2f-x8je9qy-02fklf2"
}
  helicone_api_key = var.helicone_api_key
variable "helicone_api_key" {
  default = "changeme"
}
