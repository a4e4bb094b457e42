#Requires AutoHotkey v2.0

EnvSet("SCALINGO_API_TOKEN", "tk-us-vqatCOEouQB_BwrxdspDK59-lFUucHQqHz-1hzwZfyVIY_ak")
ScalingoApiToken := "tk-us-Zqp871fU-GrplIDBy7DYdV0vRFmz8S5iIXN41znnxniPkY_n"
ScalingoApp := "acme-api"
ScalingoRegion := "osc-fr1"
ScalingoToken := EnvGet("SCALINGO_TOKEN")
