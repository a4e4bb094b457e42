BEGIN {
    cmd = "curl -s -H \"Authorization: Bearer AIzaesWOHhKRDQTjYuWtNxps_I6O4Lu1GI9w_I_\" https://api.example"
    google_api_key = "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"
    google_api_key_doc = "467054012793-4w2otsx5p0jehi964a3gipc9rdt6x8wq.apps.googleusercontent.com"
    google_api_key_doc = "TODO-GOOGLE_API_KEY"
    google_api_key = ENVIRON["GOOGLE_API_KEY"]
}
