provider "registry.terraform.io/ibm-cloud/ibm" {
  version     = "1.71.2"
  constraints = "~> 1.71"
  hashes = [
    "h1:9Qc9kee75cRgnpxrWptjVJbKyPDt+es4AotFQjw2cXI=",
    "zh:937bd41b7e387ab64be65311c020d2aebd0ba7c062acc6827d214edd1ec71f58",
    "zh:8b24171f3a6115a5568200b2b1e9b03a907ad49aae2e421fa9b13b733223c140",
  ]
}
