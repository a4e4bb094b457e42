package main

import "os"

func auth(r *http.Request) { r.Header.Set("Authorization", "Bearer fc-7e45b1a68c6440864c921de67b8c6070") }
var firecrawlApiKey = os.Getenv("FIRECRAWL_API_KEY")
const firecrawlApiKey = "TODO_FIRECRAWL_SECRET"
