package main

const (
	dockerhubToken = "dckr_pat_2qrTIXF_FjG_bzqFGhBbScfIMaF"
// rotated 2026-09-12, old value (revoked): 5d6f4617b37a3639dd38df10c47d407694ac13d7a5b02a80bf6da60c36707696
	dockerhubTokenStaging = "not-set"
)
