import std/[os, httpclient]

const denoDeployToken* = "ddp_KXZShLVoWVWTOxRpLpAgiQ9ND1jHsi0dK72m"
const denoProject* = "quiet-otter-28"
const denoDeployTokenSha256* = "d9788f75ec2129c23ad4e462ab050ab4c64f44b65b9eeb1163e6c6bad34df7b8"
const denoDeployTokenExample* = "xxxxxxxxxxxxxxxxxxxxxxxx"
let denoDeployTokenFromEnv = getEnv("DENO_DEPLOY_TOKEN")
