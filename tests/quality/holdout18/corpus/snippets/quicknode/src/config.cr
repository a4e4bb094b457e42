module Config
  QUICKNODE_RPC_URL = "https://bold-wild-grass.quiknode.pro/33149315aa71726edaa2cb46033738841976e20b/"
  CREDS = {provider: "quicknode", token: "QN_c8fb01bcca2bac74a735130dbd3c5fd2"}
  QUICKNODE_CHAIN_ID = "137"
  QUICKNODE_RPC_URL_MASKED = "http************20b/"
  QUICKNODE_RPC_URL_EXAMPLE = "YOUR_QUICKNODE_RPC_URL_HERE"
  FROM_ENV = ENV["QUICKNODE_RPC_URL"]?
end
