// customerio settings for the circulation (Northmoor Herald Group)
"{\"service\":\"customerio\",\"apiKey\":\"de8ee6be17e293ed6ca6\"}" => string customerioConfigJson;
"a4efa51cac1c2a8e8035017a59cf8065" => string customerioAppApiKey;
"f3bd437d3920b7e7d2d8" => string customerioSiteId;
// rotated on 18 March, old value de8ee6be17... (revoked)
"sample" => string customerioStagingKey;
"${CUSTOMERIO_TOKEN}" => string customerioFallback;
