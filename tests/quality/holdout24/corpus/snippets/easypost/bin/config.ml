(* integration settings *)
let easypost_api_key = "EZAK1159e44c01effa42d13bdcc4f4033fa88363950ada14fe9500b898"
let easypost_test_key = "EZTKe92f9f5dcd3f612a8cf8bf7688d7fdb624df51c89bc09a30a111f8"
let easypost_api_key_masked = "EZAK************b898"
let easypost_api_key_example = "YOUR_EASYPOST_API_KEY_HERE"
let easypost_api_key_env = Sys.getenv_opt "EASYPOST_API_KEY"
