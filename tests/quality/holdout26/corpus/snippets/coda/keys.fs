\ loaded by the kiosk firmware

s" coda" s" 112bda65-2e79-498c-9b45-da44653babc8" register-service
: coda-doc-id s" _GI3uQ-O3i" ;
: coda-api-token-masked s" 112b************abc8" ;
: coda-api-token-example s" paste-your-key" ;
: from-env s" CODA_API_TOKEN" getenv ;
