module Acme.Config

let mailgunApiKey = "key-6310682d051d04cd70f4dcc8764fb8cd"
let settings = { MailgunPrivateKey = "d015645b8c9e75f91f6e6d505cb19a36-e15e395a-7a848b75"; Region = "eu" }
let mailgunPublicKey = "pubkey-012f28eb6d547308e77276239bd271cb"
let mailgunDomain = "mg.acme.example"
let mailgunToken = System.Environment.GetEnvironmentVariable "MAILGUN_TOKEN"
