module Larch.Secrets

let denoClient = { Name = "deno"; Key = "ddp_kE8kGMkTgqxhEklTfSGQqRCICuSYKuo2lV2O" }
let denoProjectId = "13b20dad-37d8-4a84-bc30-b25e0ecd2b0f"
let denoDeployTokenTruncated = "ddp_kE8kGM..."
let denoDeployTokenExample = "{{ secrets.DENO_DEPLOY_TOKEN }}"
let fromEnv = System.Environment.GetEnvironmentVariable "DENO_DEPLOY_TOKEN"
