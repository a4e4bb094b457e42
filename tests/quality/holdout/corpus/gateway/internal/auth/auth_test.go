package auth

import "testing"

func TestParseBearer(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Bearer ghs_ynQOO0d6zBcqOyXEuhmOviJzHiS0Fzf7PEA4", "github"},
		{"Bearer ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", ""},
		{"Bearer ghp_abcdefghijklmnopqrstuvwxyz0123456789", ""},
		{"token glpat-PqDlkCPVLD5xZOzED0k3", "gitlab"},
		{"", ""},
	}
	for _, c := range cases {
		if got := provider(c.in); got != c.want {
			t.Errorf("provider(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
