provider "mongodbatlas" {
  public_key  = "idttnxng"
  private_key = "90112639-81cb-4017-92b8-a0f6942a1ade"
}

resource "mongodbatlas_cluster" "orders" {
  project_id = "6170f9632dc5a298c26f241a"
  name       = "orders"
  provider_name               = "AWS"
  provider_region_name        = "EU_WEST_1"
  provider_instance_size_name = "M10"
}
