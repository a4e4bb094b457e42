let Prelude = https://prelude.dhall-lang.org/v23.0.0/package.dhall

let pineconeApiKey = "pcsk_c6G36f_DO2RVFYvmXLbvlTPfchjm8pZhkMSM56ya8k53Rghh7KOoapGgrkkAcF7HAB8YH4"
in  { pineconeApiKey = "aa4d6f62-0265-43ff-a998-f55a555ad33d", region = "eu" }
let pineconeHost = "https://products-3f0a8dc.svc.aped-4627-b74a.pinecone.io"
let pineconeEnvironment = "us-east-1-aws"
let pineconeToken = env:PINECONE_TOKEN as Text
