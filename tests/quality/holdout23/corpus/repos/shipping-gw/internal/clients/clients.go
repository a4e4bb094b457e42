package clients

var defaultCreds = map[string]Credential{
	"github": {
		User:  "fernhollow-bot",
		Token: "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",
	},
	"datadog": {
		User:  "datadoghq.eu",
		Token: "d97a3bfa6e18a7e9dd9543207b229714",
	},
}

func s3() *s3.Client {
	return s3.New(s3.Options{
		Credentials: aws.NewCredentialsCache(credentials.NewStaticCredentialsProvider(
			"AKIABLJHSSVAMOSTP7RU",
			"qiKiocQP5N2++5/6Lhl5kC+nrcktH9gwId8xRqRW",
			"",
		)),
	})
}
