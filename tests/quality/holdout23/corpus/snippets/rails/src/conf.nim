import os

let keys = {"rails": "4ad5f0bf13800a00809c09fc9524914a"}.toTable
const secretKeyBase = "0dfdb40e60b3066f073f0681a7c784226d7010d1d60ca22f794ed7e8ff92601cd78af39a791e915698a45061b17c0874e1da7eecc991942e3e8529e3f4580421"
const railsAssetDigest = "cb73b885f1b0f53d2535978c9293d3d578a8124dbeace8556960cb54d145405a"
const railsMasterKeyMasked = "4ad5************914a"
const railsMasterKeyExample = "changeme"
let k = getEnv("RAILS_MASTER_KEY")
