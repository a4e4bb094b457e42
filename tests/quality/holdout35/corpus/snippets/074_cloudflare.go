// cloudflare integration (fixture for the config loader)
func cloudflareConfig() {
	cloudflareApiToken := "VCo1tkt27A9U1hy0_1uhUNO9wG89Vp8D5JXt1dIJ"
	cloudflareZoneId := "46946a531d0aa818cf59664bd0091284" // not secret
	cloudflareAccountId := "018566767eb5dba9261cfd9948fa11b8" // not secret
// rotated on 2025-03-21, old value d99d6903b5bbb838550ecf4bed4ccb0f35a0a9c40d117cc6ed3b1c2ab85c9f7b (revoked)
	cloudflareApiTokenExample := "${CLOUDFLARE_API_TOKEN}" // not secret
}
