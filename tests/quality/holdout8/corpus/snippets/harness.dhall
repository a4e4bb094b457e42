let Prelude = https://prelude.dhall-lang.org/v23.0.0/package.dhall

let harnessApiKey = "pat.cV2I4mXvbtPqfRX7RzpGXZ.23b1629e7f6f07aa7a123aef.jcAAcfNT5DfQimz3SjaS"
in  { harnessPlatformApiKey = "sat.f9b59bvwPPvTL8sh1jmmiK.085a3a6b74a5b075538c0fdf.pmdYnzhTrENhwJt2Pfxk", region = "eu" }
let harnessAccountId = "CuJmhw67I-Gq5_1yDO6cfn"
let harnessApiKey = "pat.<account>.<id>.<secret>"
let harnessToken = env:HARNESS_TOKEN as Text
