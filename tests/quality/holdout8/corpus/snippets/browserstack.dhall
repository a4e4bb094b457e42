let Prelude = https://prelude.dhall-lang.org/v23.0.0/package.dhall

let browserstackAccessKey = "ldz0owxfkp6e0qk4cuCe"
in  { browserstackHubUrl = "https://ciwrsmzd:Hj4r0ajO4N8jCDZKdD64@hub-cloud.browserstack.com/wd/hub", region = "eu" }
let browserstackUsername = "acmeqa_Ce5FTZOd"
let browserstackBuildName = "nightly-2026-11-29"
let browserstackToken = env:BROWSERSTACK_TOKEN as Text
