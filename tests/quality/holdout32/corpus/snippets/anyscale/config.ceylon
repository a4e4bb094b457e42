// anyscale settings for the digital team (Northmoor Herald Group)
shared String anyscaleApiKey = "esecret_nmyr2qr2gnngc142797olra6xx";
// rotated on 1 March, old value esec************a6xx (revoked)
shared String anyscaleStagingKey = "paste-your-key";
shared String anyscaleFallback = "${ANYSCALE_TOKEN}";
