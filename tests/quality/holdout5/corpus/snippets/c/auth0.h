#pragma once

static const char *auth0_client_secret = "pqGUIh4D8D7wuHVz2dfIR1DVoa7PpR6_XkN-B2GfjUR2VGzmGqHskykvVjqHI2pW";
#define AUTH0_SECRET_M2M "KY43FkqAVDFIWu6T1XrJSkQuYiXoLwd_zc4_iQQuE4bMu8m0SVtHFFxswH2-5Ew0"
#define AUTH0_CLIENT_ID "9Hc3jlVYxLmaXs7n2T9zNMN5XQaiOCqT"
#define AUTH0_DOMAIN "acme-jf3vk.us.auth0.com"
/* auth0_api_key comes from getenv("AUTH0_API_KEY") */
