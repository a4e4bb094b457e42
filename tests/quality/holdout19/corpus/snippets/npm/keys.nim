import std/[os, httpclient]

const npmToken* = "npm_z7khwnm5ZAiBsyXIWp7kxZyofYBPHwb95fSw"
const npmPackageIntegrity* = "sha512-4v8qiZEWT2u6wPll/LVUHeu0Zxuy+JIBj4EVxSTxS9wM+H3ZCPC9Bt9iLA64FoVkcr1EXnuh/DYkG8cWzQrrLw=="
const npmTokenMasked* = "npm_************5fSw"
const npmTokenExample* = "YOUR_NPM_TOKEN_HERE"
let npmTokenFromEnv = getEnv("NPM_TOKEN")
