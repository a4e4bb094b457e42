# This file is maintained automatically by "terraform init".
provider "registry.terraform.io/cloudflare/cloudflare" {
  version = "5.21.0"
  hashes = [
    "h1:PsfM5h89sgQnJolbAq7wh4HbuQ92zZK4LpK+lxWdmc4=",
    "zh:439312311b6b6f5adb3bee633107bb63bee6885a4d3b4546d99c12bde52aff88",
    "zh:68dbd95f632ee2ae97c25e286115342ac524d5fc5934805577711e3b896ccd6b",
    "zh:8749a25a678fe7f79e19703fc06b275b6a1e58a9675cbd4c6b8594348985e8d4",
    "zh:eb72322806bf3171ab716df8c545d50c5f63ca26412a3169b44d24acce2e2da1",
  ]
}

provider "registry.terraform.io/datadog/datadog" {
  version = "5.24.0"
  hashes = [
    "h1:L+YLHYmS1H+dXy3Ic9IF4L5pC/weRmggTzqZVQWaM6A=",
    "zh:6d8c103c7216c448a7681b69691de99445a98033c0d6b8b77e718610b3cdbee6",
    "zh:84196605f7280ed68e6029fa7fc1385a642054b176b98ade18b3492297e0d411",
    "zh:f5f48a36174fa77b7638da78b9bbe937c92d39a025d208aa04930f5ea5fde30f",
    "zh:af96ad098fcfcd0602b01edbf720af721d57f4c79dbcc4eeb882bb967c3ff981",
  ]
}

provider "registry.terraform.io/hashicorp/aws" {
  version = "5.40.0"
  hashes = [
    "h1:Ku6u8jJe3K6hKOXsMMqVm8ZjQI3JoDU1IRe94xli2pQ=",
    "zh:edead9c0bc1310ffec61d584823b4ceebc9d3a38269873a490b32ee1e0fed32a",
    "zh:c0d1c47ee2f227384ec8196678329aaf64bcc246f9b95b6ef823a95b42f611ca",
    "zh:f1b95a1bda5f2b4ae1231ef06783f817914e3939881ea192eb9d02cace37083b",
    "zh:a5675e3ec8cf123181cfbeaaed35b872cf0f8ee0410ea0092a10d8dcbe708c3c",
  ]
}

provider "registry.terraform.io/integrations/github" {
  version = "5.32.0"
  hashes = [
    "h1:c0KOYfrd8QkiG3MndIlKMI1lVYig1K1+GGXus/BRm1k=",
    "zh:9a9e82240ebfe738b30f9b8bc3f169cbc75ef9301b9991ecc43bbb1196a066f1",
    "zh:33d10f700570172a4a88dc660647e5a7623a55b449e2a19152f6d826319f5718",
    "zh:d4ba21b756520ca0a10979da97f4945025ca8b00bd1d2c5bf9d8a5c3bd71e65b",
    "zh:5e104a0d15eccc6663a1435051fa33ce584981f7660d6792b122a2833059ebc2",
  ]
}

