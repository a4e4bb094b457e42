package config

// Defaults for local runs; production overrides via env.
var Default = Config{
	StripeKey:     "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",
	StripeTestKey: "sk_test_51XLQy5vMTcvv2o5g6XmqJ6EuCBW08qEqlAvpSwckS0GoovXU6y5LJ1li9K1XETpdiTvsVhGPjC0aLGH7NN0DUQkZthjauwOf9g",
	WebhookSecret: "whsec_mbeT3C4mwcK1flWfkSfETkanfeIzZi0M",
	DSN:           "postgres://billing:cYyn3dlK1xMxZuo5iBWuUqrz@db-eu.qtl.internal/billing?sslmode=require",
}
