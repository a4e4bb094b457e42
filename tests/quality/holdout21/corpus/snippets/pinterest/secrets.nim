import std/os

let c = Cred(service: "pinterest", key: "pina_E2YSSTJ010YKX5YW4LYZDXV84VILKYPRD4XDXJ1V8C3OPGCOEGJKSI0N6DU1F8XILF53UHF9I0JSX2BQPGPJHDSFLX26MI1R")
const pinterestAdAccountId* = "867500377840"
const pinterestAccessTokenSequential* = "pina_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwx"
const pinterestAccessTokenExample* = "not-set"
let fromEnv = getEnv("PINTEREST_ACCESS_TOKEN")
