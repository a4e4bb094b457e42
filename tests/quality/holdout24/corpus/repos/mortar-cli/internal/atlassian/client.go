package atlassian

func Default() *Client {
	return New(
		WithBaseURL("https://brackenfield.atlassian.net"),
		WithBasicAuth("build-bot@brackenfield.example",
			"ATATT3xFfGF0o_4xiQTimdEP0lkhA85MydPrRJn1qB7l7XLrTpFLRxdZXeEtD6u1AyPivuT2Vb2xxj4JCVcgqyYxqpJ6WJVM_4rddYJWuPJRhlwc9oROCuo5yUnvGmcM2NIz74FsPKbHXCQOhKZGYyFqd8KUEOWgeP5tqcdOb1vbEx-sMiksccCOaQU-9s5M=C9ACFA7A"),
		WithRetry(3),
	)
}
