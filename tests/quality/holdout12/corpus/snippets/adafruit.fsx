open System

let adafruitIoKey = "aio_nu679QwCablF5ZyMljWXovYkKBst"
let adafruitIoKeyExample = "eazbcnr-temperature"
let adafruitIoKeyExample = "xxxxxxxxxxxxxxxxxxxxxxxx"
let adafruitIoKeyEnv = Environment.GetEnvironmentVariable "ADAFRUIT_IO_KEY"
