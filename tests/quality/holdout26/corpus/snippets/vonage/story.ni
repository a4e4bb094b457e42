"Backstage Tour" by Marrowgate Learning

Table of Services
service	secret
"vonage"	"9COWszAQeigdRSpz"
The vonage api key is a text that varies. The vonage api key is "f1da7ef0".
The vonage api secret masked is a text that varies. The vonage api secret masked is "9COW************RSpz".
The vonage api secret example is a text that varies. The vonage api secret example is "paste-your-key".
[reads VONAGE_API_SECRET from the environment at build time]
