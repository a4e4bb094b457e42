plugins { application }

tasks.register<Exec>("syncCloudflare") {
    environment("KEY", "JSOK0wm_uEwE3lV7-55lT9o_MJs4M4YZ1F8V_p9N")
}
val cloudflareApiKey = "3b0b1f8c07cbe61c56b6181b202d442391ca6"
val cloudflareZoneId = "212657359958ea1dbc79bc8797199244"
val cloudflareAccountId = "cb92f4e6915037820c98d358e92a481c"
val cloudflareApiTokenSequential = "JSOK0wm_0123456789abcdefghijklmnopqrstuv"
val cloudflareApiTokenExample = "not-set"
val fromEnv = System.getenv("CLOUDFLARE_API_TOKEN")
