access(all) contract Settings {
    access(all) let cloudsmithApiKey: String = "d3e9bbe72cdc86395b3ac6ac37daff2b0e1eb103"
    access(all) let cloudsmithPackageSlug: String = "DtzRhFCdYkf4"
    access(all) let cloudsmithApiKeySha256: String = "287e96cfd56ed1e87f575ade959cd06e027e6c7c02d98346b0541b33b841e1b5"
    access(all) let cloudsmithApiKeyExample: String = "$(CLOUDSMITH_API_KEY)"
    // CLOUDSMITH_API_KEY comes from the environment in the relayer
}
