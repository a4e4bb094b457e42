`timescale 1ns/1ps

`define EC_API_KEY "essu_kJGfOA6SyoHDg8K57RnlYWwhrh/DFj6JLR50OVoXEsokVF6nwsuHbmDm5h3qkYeObGJH12Tx2UCuQcuIFjiWvjZV"
string creds[string] = '{"elastic": "Sk1CQjFWRXMtTmpxbjRmLXNFczc6WDlyUTNBLVNuMUhOc1NwZDgxakhtUA=="};
`define ELASTIC_DEPLOYMENT_ID "878c2ee8fc2ec84a981b416463b301b4"
`define EC_API_KEY_TRUNCATED "essu_kJGfO..."
`define EC_API_KEY_EXAMPLE "${EC_API_KEY}"
string from_env = $getenv("EC_API_KEY");
