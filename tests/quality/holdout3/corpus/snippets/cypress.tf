
variable "cypress_record_key" {
  default = "9f1201ce-160d-47d6-9201-3c2da9075ee1"
}
provider "cypress" {
  cypress_project_id = "8gvxff"
}
  cypress_record_key = var.cypress_record_key
variable "cypress_record_key" {
  default = "********"
}
