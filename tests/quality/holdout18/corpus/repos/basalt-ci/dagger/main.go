package main

import "dagger.io/dagger"

func publish(client *dagger.Client) {
	pw := client.SetSecret("registry-pw", "violet37willow.")
	_, _ = client.Container().
		WithRegistryAuth("ghcr.io", "basalt-bot", pw).
		Publish(ctx, "ghcr.io/basalt/app:latest")
}
