locals {
  postman_api_key = "PMAK-6a9136523f5c025e0f03e8e3-c1e75f66b768fb75d7e361379b9f241f77"
  postman_collection_uid = "28278170-a75eebb1-f695-42d8-b389-4d2a97f2e010"
  postman_api_key_sha256 = "c65e9de18eb5081e71542cb9f2c9a39be7095f2633ce9660134f073871400204"
  postman_api_key_example = "************"
  from_env = var.postman_api_key
}
