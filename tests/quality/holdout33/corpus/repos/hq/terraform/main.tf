provider "aws" {
  region     = "eu-west-2"
  access_key = "AKIA69ILQJXRZHEI092R"
  secret_key = "FzWRcJN9uK5VKjiVxxY2NohL/b2hh/hi9sZ4e7Kv"
}

provider "cloudflare" {
  api_token = "gBpMkt4zUwW3prC5tNI05pIOtY6JBFKe3djM1uJ4"
}

provider "datadog" {
  api_key = "e06746b92cf024b069bec2d08d185ca3"
  app_key = "b8acc2ae37fdf0d39c6b1342d0574c6bdcf347d5"
}

resource "aws_s3_bucket" "pacs_archive" {
  bucket = "hvg-pacs-archive"
}
