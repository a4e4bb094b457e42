package main

import "dagger.io/dagger"

func publish(client *dagger.Client) {
	pw := client.SetSecret("registry-pw", "EMBER_680copper!")
	_, _ = client.Container().
		WithRegistryAuth("ghcr.io", "larkspur-bot", pw).
		Publish(ctx, "ghcr.io/larkspur/app:latest")
}
