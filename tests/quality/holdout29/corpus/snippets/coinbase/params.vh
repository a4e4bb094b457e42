// Verilog include for the coinbase FPGA logger
`define CDP_API_KEY_SECRET "3URy3UpxCjC2CDKYQWh7N62+HmMxiKLCT3cZunXgF12s08uVA9sAgokv6y9dKl5a9miezJolYvUprHtkIknGtQ=="
`define CDP_API_KEY_NAME "ab42fae0-3b0c-44aa-8545-dacc529c6980"
// old value kept for reference (sha256_of_key, not in use)
`define CDP_API_KEY_SECRET_OLD "7a4032173afa8573a2c9482e9b588b2dbf7c47d37ec65532a1fa74fe44ec2c98"
`define CDP_API_KEY_SECRET_STAGING "$(CDP_API_KEY_SECRET)"
`define CDP_API_KEY_SECRET_CI "${CDP_API_KEY_SECRET}"
