using Amazon;
using Amazon.S3;

var credentials = new Amazon.Runtime.BasicAWSCredentials(
    accessKey: "AKIAZT4PIK3HJGYX5VZD",
    secretKey: "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");
var s3 = new AmazonS3Client(credentials, RegionEndpoint.EUCentral1);

var mailer = new SendGrid.SendGridClient(apiKey: "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");
// Stripe.js key for the checkout page
const string PublishableKey = "pk_live_51xmLzaYYPoTLaNZrNFFatXfLS2dhIS5YP1O4ESUmUjsVPkRUoVQKs1sYDNsLXrzkwH7mribVicEehgxlYrfogSGUFpoGCaEHkh";
