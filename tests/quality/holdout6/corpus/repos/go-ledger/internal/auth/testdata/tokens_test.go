package auth

// Fixtures: none of these are live credentials.
var fixtures = []struct{ name, token string; valid bool }{
	{"empty", "", false},
	{"truncated", "sk_live_sOMn9M", false},
	{"masked", "sk_live_************************", false},
	{"wrong-charset", "ghp_KNlLD5FWLTqKEwD4wxn7!!86LhaIDLYaMMc0", false},
	{"uuid-not-a-key", "50e3b8f3-2ad2-4e86-86b3-00306d0bbfb3", false},
	{"sha1", "114f9ed960d1a3866c7055af104f6bb17c7607e5", false},
	{"example-doc", "AKIAIOSFODNN7EXAMPLE", false},
	{"example-doc-secret", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", false},
}
