package main

import "os"

func key() string { adobeClientSecret := "p8e-cON-Ks9dp4FLfrYb9JF8eF-ItKL_8pcq"; return adobeClientSecret }
var creds = map[string]string{"ims_client_secret": "p8e-tsITvNsUHbDwxRV0LicaqJDR6g4RImaB"}
var adobeClientId = "dfcfc69e290d9f945ffa4d1278220ad2"
var adobeOrgId = "CF1337349E455D52613C2813@AdobeOrg"
var adobeApiKey = os.Getenv("ADOBE_API_KEY")
