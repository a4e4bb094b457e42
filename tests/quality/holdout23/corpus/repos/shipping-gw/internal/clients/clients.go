package clients

var defaultCreds = map[string]Credential{
	"github": {
		User:  "fernhollow-bot",
		Token: "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",
	},
	"datadog": {
		User:  "datadoghq.eu",
		Token: "0248f1580f5a4acccd816cc2da7721e0",
	},
}

func s3() *s3.Client {
	return s3.New(s3.Options{
		Credentials: aws.NewCredentialsCache(credentials.NewStaticCredentialsProvider(
			"AKIACLPPQPVDWCAUKATC",
			"qImKzIzeySDmvP9+SlIRgxkdApoAGHerIx66aV0B",
			"",
		)),
	})
}
