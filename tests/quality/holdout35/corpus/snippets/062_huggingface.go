// huggingface integration (fixture for the config loader)
func huggingfaceConfig() {
	hfToken := "hf_4mayZ9nZWgvLosmrJ0gMX2UHCfbM6kPoKi"
// rotated on 2025-03-09, old value ff75816dfb59d7de23f1e2fa799bf4ff5e807b189ce7b65b9174314544fee4a3 (revoked)
	hfTokenExample := "not-set" // not secret
}
