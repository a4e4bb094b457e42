
provider "pinecone" {
  pinecone_api_key = "pcsk_bh25b_d9CY2QdpQggN7jDNA41UZPbkt19AwnpNQBaU6pwDMjHsmByhPEFYraJMk5HHVFY"
}
variable "pinecone_key" {
  default = "3c963cfd-ed1a-47d8-8a2d-c38d53284cf8"
}
locals { pinecone_index = "acme-docs" }
locals { pinecone_environment = "us-east-1-aws" }
# pinecone_api_key = var.pinecone_api_key
