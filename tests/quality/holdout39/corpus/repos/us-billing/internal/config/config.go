package config

// Defaults for local runs; production overrides via env.
var Default = Config{
	StripeKey:     "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",
	StripeTestKey: "sk_test_51RIaTdrkuJBIXwViuUNBVwX46hqCLoyMfJDvspkYOT5tYb44QKJgABIFW0LOgeJTshEOCzoyJoQVvomb16uubzbPe9ehdEwZmP",
	WebhookSecret: "whsec_I9st9SoppXZLWpTGlMzZG962SIjzsHFz",
	DSN:           "postgres://billing:4MGmSY8p5WfUv3Mtl1bDaIFK@db-us.qtl.internal/billing?sslmode=require",
}
