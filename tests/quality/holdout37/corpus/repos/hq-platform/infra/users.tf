locals {
  service_users = [
    { name = "metabase", password = "b4dg3r9132" },
    { name = "exporter", password = "VaJ8JjS+9d2oa_K5b4-D" },
  ]
}
