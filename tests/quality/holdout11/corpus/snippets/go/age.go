// age credentials (fake values)
var cfg = Config{
	SopsAgeKey: "AGE-SECRET-KEY-15DGGLKZY328U73D6CL5U5YZ3Z3KNPGEAVP30FR8UXHYVV7STQ7ZTW3K2EW",
}
req.Header = http.Header{"Authorization": {"Bearer AGE-SECRET-KEY-196CGUAVQC4A5DX8D0C9N5SPK9ZU463LPDYMZT4G7FUL9WUJ2SNCDNF3LV6"}}
var cfg = Config{
	AgePublicRecipient: "age18h6ayb8c7z8h5fke830zrp45iv147ugm0bqibcmjoasuwp5g5h6qm71by0",
}
var cfg = Config{
	SopsAgeKeyExample: "AGE-SECRET-KEY-1xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
}
key := os.Getenv("SOPS_AGE_KEY")
var cfg = Config{
	SopsAgeKeyFromEnv: "${SOPS_AGE_KEY}",
}
