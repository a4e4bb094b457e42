library(httr2)

creds <- list(rootly = "rootly_716159272be39dd8b641acb5f67bf7f946d88fdf873e308a35585320681aebd2")
ROOTLY_INCIDENT_ID <- "b9ac0adf-c396-4eb9-988d-28a96216ae1c"
ROOTLY_API_TOKEN_TRUNCATED <- "rootly_716..."
ROOTLY_API_TOKEN_EXAMPLE <- "{{ .Values.ROOTLY_API_TOKEN }}"
from_env <- Sys.getenv("ROOTLY_API_TOKEN")
