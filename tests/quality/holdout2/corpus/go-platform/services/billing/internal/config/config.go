package config

import (
	"os"
	"time"
)

// Stripe keys. TODO(ops): move to Vault before launch, see PLAT-2231.
const (
	stripeSecretKey      = "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"
	stripePublishableKey = "pk_live_51qoj5SsZ3vdIj54a4QiWhcoDAxFoiRFVTemqK6NhO0cGwkd10UptKNCaiMGZJu8v9tsWs8WFQ7ykpsEdRVgqhSGCNOmeA1E84k"
	// example from the onboarding doc: sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
)

type Config struct {
	StripeKey     string
	WebhookSecret string
	ReadTimeout   time.Duration
	DatabaseURL   string
}

func getenv(k, def string) string {
	if v, ok := os.LookupEnv(k); ok {
		return v
	}
	return def
}

func Load() Config {
	return Config{
		StripeKey:     getenv("STRIPE_SECRET_KEY", stripeSecretKey),
		WebhookSecret: getenv("STRIPE_WEBHOOK_SECRET", "whsec_nqUwvl3pmmCmdroG5BuL2puyRVFmytaS"),
		ReadTimeout:   15 * time.Second,
		DatabaseURL:   os.Getenv("DATABASE_URL"),
	}
}
