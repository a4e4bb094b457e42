provider "scaleway" {
  access_key      = "SCWXXXXXXXXXXXXXXXXX"
  secret_key      = "a127dcea-d6b2-470e-86ed-bc92ed8f9b5d"
  organization_id = "bd32aba1-720c-4954-baa1-defa2da50bc8"
  zone            = "fr-par-1"
}

provider "tencentcloud" {
  secret_id  = "AKIDa4aZcS3Q7vnbQpaILoNU4IJI4vvhF0JT"
  secret_key = "ZoKBLDB2glRs0qRg1V97Phdw4a8r67LI"
  region     = "ap-guangzhou"
}
