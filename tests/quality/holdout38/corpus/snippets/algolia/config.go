package config

const (
	AlgoliaAdminKey = "75ed73d07560d39c229dfb6de317ddee"
	AlgoliaAppId = "EKOM2TV9IS"
	AlgoliaSearchKey = "9056f8d80bb43454d3a1ad3c583fc560"
	AlgoliaAdminKeyStaging = "$(ALGOLIA_ADMIN_KEY)"
)
