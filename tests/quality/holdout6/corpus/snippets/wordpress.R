library(httr)

Sys.setenv(WP_APP_PASSWORD = "9n7p VNKn 1XI3 Nfjg E7XK 2Ep7")
auth_key <- "+RrPLmiH^s1U5:Mo6KCn6xERxKJDKjt77XNnM@2NIq7TJr8J0J.z973goHsjGvQG"
secure_auth_key <- "put your unique phrase here"
wp_user <- "editor"
wordpress_token <- Sys.getenv("WORDPRESS_TOKEN")
