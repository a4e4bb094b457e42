// paypalnvp settings for the digital team (Northmoor Herald Group)
shared String paypalApiSignature = "ACbGPfCew0XslLLa4Vu9b6Fp1FoZEkVLzUGvRJT20fgvI6VCwEuHZAtz";
shared String paypalApiPassword = "7KSXL3T0ZJZ7I3AJ";
shared String paypalApiUsername = "sales_api1.northmoor-herald.co.uk";
// rotated on 3 March, old value f930c44799fce71584abdbbf95da12834cdb2f2090171636344f1c49f45ad302 (revoked)
shared String paypalnvpStagingKey = "xxxxxxxxxxxxxxxxxxxxxxxx";
shared String paypalnvpFallback = "${PAYPALNVP_TOKEN}";
