library(httr)

sonar_token <- "6c9d83d0e0dd5553fc2d73dce45968911d01c288"
sonar_project_key <- "acme_backend"
sonar_organization <- "acme"
sonarcloud_token <- Sys.getenv("SONARCLOUD_TOKEN")
