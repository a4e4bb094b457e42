module Config

let [<Literal>] FlyApiToken = "FlyV1 fm2_JrRoSM3imwOjTz2q7JmX1MnIMjuPWi1MdyRz05MklistAtVyxN3YOIzdFlN4SMNEZV4RHVldao9KO176b5l10d0LTZWU8dm90s0ngwRPWL5LxURZWhir4/bUDcFP9M7duQdBLuqGIFtqzBXqVcXjqGyqXHm5vllOIzj5wBQX8p9s7NlNxFbd=,fm2_g/JkTNEF60F8CQi+jtBD4G1s3+P7YepKcNFSoxl0mm/LV87Tx87bRRB+E07Dtz6KdRLZSlZKirmn/QeU54pFzoCcbT3AortcxxzcK7KCOVGUYKULvHdDkJt5"
let [<Literal>] FlyAppName = "quiet-sun-1336"
let [<Literal>] FlyApiTokenMasked = "FlyV************kJt5"
let [<Literal>] FlyApiTokenExample = "YOUR_FLY_API_TOKEN_HERE"
let flyApiTokenEnv = System.Environment.GetEnvironmentVariable "FLY_API_TOKEN"
