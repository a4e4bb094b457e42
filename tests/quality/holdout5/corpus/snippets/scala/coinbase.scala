object Credentials {
  val cdpApiKeySecret = sys.env.getOrElse("CDP_API_KEY_SECRET", "ikTqgID0Aja/a7V2YnOoV5ygW+5TJkBy+vr5AFCxL16kgf+6rkHREIij9/w/dJzvM4NbrXupQsTDpjmv+LYDQA==")
  val coinbaseApiSecret = "vuHwnAGATqFpWCs9Wur4NpBbYZdGfxAXyEWgxKcjGnvFHBQThPoxcPh3PBIhKVCEKe7I8FNmsYOyOEzVjCNTTg=="
  val cdpApiKeyName = "organizations/bd3a97c8-28d8-464e-b118-12e97566db0a/apiKeys/70d3cd8f-7dc6-4d8f-9e30-d4bdce52cf0e"
  val cdpApiKeyId = "eaa9d261-8f08-4e2b-94a1-4129769cab0b"
  val coinbaseApiKey = sys.env("COINBASE_API_KEY")
}
