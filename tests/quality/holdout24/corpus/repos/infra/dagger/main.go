package main

import "dagger/ci/internal/dagger"

type Ci struct{}

func (m *Ci) Publish(src *dagger.Directory) (string, error) {
	token := dag.SetSecret("npm", "npm_HpDsNdEjTvCgvjGZajbp7T0tL9vblitgWkEs")
	return dag.Container().From("node:22").
		WithSecretVariable("NPM_TOKEN", token).
		WithDirectory("/src", src).
		WithExec([]string{"npm", "publish"}).
		Stdout(ctx)
}
