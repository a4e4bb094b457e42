-- wp_options rows for the acme-sync plugin (exported 2026-11-02)
INSERT INTO `wp_options` (`option_name`, `option_value`, `autoload`) VALUES
('acme_sync_settings', 'a:4:{s:12:"consumer_key";s:43:"ck_e67d51a8772ccabbbc5a10e4e3a6899c36d68dc1";s:15:"consumer_secret";s:43:"cs_2b560c1eebab2598da9958996add6eee5a8a0c1a";s:8:"store_id";s:5:"10231";s:7:"enabled";s:3:"yes";}', 'yes'),
('woocommerce_stripe_settings', 'a:5:{s:7:"enabled";s:3:"yes";s:8:"testmode";s:2:"no";s:15:"publishable_key";s:107:"pk_live_51Iy3DE997CYB2NyQdkDdbctqS9xC5gVUh3JDCWQfRHNSe1UCopd6omF15QYvJWKJQV5Lz1K7kpBCPRLjERSmT8HGe9BeruHddl";s:10:"secret_key";s:107:"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";s:14:"webhook_secret";s:38:"whsec_5cRtLTdxxpkuHNAPupcwmbq9acJwIJex";}', 'yes'),
('woocommerce_ppcp-gateway_settings', 'a:2:{s:9:"client_id";s:80:"A0SnaxsAQxr3vFAQmbNmU1Up_I7YHbFNpgD-OWlKd3bpqnuepUfZoaqWBcLQHseHVRqVYAd0tMVxidST";s:13:"client_secret";s:80:"E18gHVwhm77KDrldFyx-OXTMYK4EbUEF4lKBR2rA9A6NfbydER3grXKIHd4LXIvo6cVxGTRUfgvGboYr";}', 'yes'),
('acme_sync_last_hash', '11deee25d7e2a6160e9f8a461c407ca1', 'no');
