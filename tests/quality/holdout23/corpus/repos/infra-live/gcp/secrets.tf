resource "google_secret_manager_secret_version" "mailchimp" {
  secret      = google_secret_manager_secret.mailchimp.id
  secret_data = "22321f3a19af344eb160b3d2d1e36a88-us12"
}

resource "google_sql_user" "app" {
  name     = "app"
  instance = google_sql_database_instance.main.name
  password = "Qazwsx%2026"
}

data "google_project" "this" {
  project_id = "beacon-prod-380832"
}
