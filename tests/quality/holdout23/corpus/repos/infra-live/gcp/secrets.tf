resource "google_secret_manager_secret_version" "mailchimp" {
  secret      = google_secret_manager_secret.mailchimp.id
  secret_data = "ab79907b2e0bd5659de09c4915fc2c75-us10"
}

resource "google_sql_user" "app" {
  name     = "app"
  instance = google_sql_database_instance.main.name
  password = "Qazwsx#2021"
}

data "google_project" "this" {
  project_id = "atlas-prod-367693"
}
