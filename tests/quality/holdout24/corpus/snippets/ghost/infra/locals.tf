locals {
  ghost_admin_api_key = "de506b199d20f0fbfba3eefb:053a376ecc4264977bbb0d3e200c202caa89788602af1926ddbbcc6463d2d6bd"
  ghost_content_api_key = "da4087222c6fa878ed3cd70c55"
  ghost_admin_api_key_sha256 = "66a6d11a4d69902e3ab0fc83143aee1848ad6b5fdddfd80012e98467abe58fe6"
  ghost_admin_api_key_example = "$(GHOST_ADMIN_API_KEY)"
  from_env = var.ghost_admin_api_key
}
