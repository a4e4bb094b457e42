BEGIN {
    cmd = "curl -s -H \"Authorization: Bearer AIzaaNZO6-antkoT6WLRKksIxjmN8HgN_pHtyQy\" https://api.example"
    google_api_key = "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"
    google_api_key_doc = "930665865439-d63k8wqasluic26nbt3azi51rjzqp23n.apps.googleusercontent.com"
    google_api_key_doc = "TODO-GOOGLE_API_KEY"
    google_api_key = ENVIRON["GOOGLE_API_KEY"]
}
