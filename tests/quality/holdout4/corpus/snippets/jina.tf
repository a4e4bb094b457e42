
provider "jina" {
  jina_api_key = "jina_3f958d1f3127462e8a84567fc53dafd77n9N8MFvvofcP5yZLcZfmlhF7o0o"
}
locals { jina_model = "jina-embeddings-v3" }
locals { jina_api_key = "jina_xxx" }
# jina_api_key = var.jina_api_key
