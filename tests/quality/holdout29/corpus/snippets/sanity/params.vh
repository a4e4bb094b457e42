// Verilog include for the sanity FPGA logger
`define SANITY_API_TOKEN "skvae0fZWkuLWdPfQLc13FuGB3AROkZrUqQlABWH3JSvZ2nT4X1jmuHJufnof0cFEUCPJ1a2VFck1IDkSBEG22avn8ZkfhVplNN3yyuCHhPugtrMptyyEgcu32jdll9ozmTZe0GZOzq5gf9EXEWCM0m9TWNcTgcWy8NNg0F07OOiu6oxC2FcCv"
`define SANITY_PROJECT_ID "316oswe6"
// old value kept for reference (masked, not in use)
`define SANITY_API_TOKEN_OLD "skva************FcCv"
`define SANITY_API_TOKEN_STAGING "<SANITY_API_TOKEN>"
`define SANITY_API_TOKEN_CI "${SANITY_API_TOKEN}"
