provider "registry.terraform.io/ibm-cloud/ibm" {
  version     = "1.71.2"
  constraints = "~> 1.71"
  hashes = [
    "h1:rWptjVJbKyPDt+es4AotFQjw2cXIKpEV1qgUF5nGDQU=",
    "zh:64be65311c020d2aebd0ba7c062acc6827d214edd1ec71f588b24171f3a6115a",
    "zh:5568200b2b1e9b03a907ad49aae2e421fa9b13b733223c140b46d7e3608cadba",
  ]
}
