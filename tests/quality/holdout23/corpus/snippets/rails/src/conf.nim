import os

let keys = {"rails": "4226d7010d1d60ca22f794ed7e8ff926"}.toTable
const secretKeyBase = "01cd78af39a791e915698a45061b17c0874e1da7eecc991942e3e8529e3f4580421cb73b885f1b0f53d2535978c9293d3d578a8124dbeace8556960cb54d1454"
const railsAssetDigest = "05ace940f9963088a432dd2eddeed5d46ab8ec1e732704be97b65e9beea97a38"
const railsMasterKeyMasked = "4226************f926"
const railsMasterKeyExample = "changeme"
let k = getEnv("RAILS_MASTER_KEY")
