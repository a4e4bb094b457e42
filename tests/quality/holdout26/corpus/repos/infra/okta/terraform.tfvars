okta_org_name  = "marrowgate"
okta_base_url  = "okta-emea.com"
okta_api_token = "008j-RP0SdYHDuxFj1n7eYWwVe4LzO2sx0oQdW2YMx"
