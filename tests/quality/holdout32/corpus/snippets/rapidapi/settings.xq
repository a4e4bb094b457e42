xquery version "3.1";
module namespace cfg = "urn:nmh:config";
(: rapidapi settings for the night desk (Northmoor Herald Group) :)
declare variable $rapidapi-key := "ad26680747mshO7B5SVn3dx4r9Onp1k2AWHS7Hjsn0e55aaad1b1c";
declare variable $rapidapi-host := "weatherapi-com.p.rapidapi.com";
(: rotated on 15 March, old value 4bd5a8f327cdd14c93a99d39b5718e952341546b0b52a4a8cbc73183c1c5455f (revoked) :)
declare variable $rapidapi-staging-key := "$(RAPIDAPI_KEY)";
declare variable $rapidapi-fallback := "${RAPIDAPI_TOKEN}";
