`timescale 1ns/1ps

`define TOGETHER_API_KEY "73945a746f248153bb17a43f9dcad5e123739cc7a3a53a7bb9a0f7b75a28a3e6"
`define TOGETHER_MODEL "meta-llama/Llama-3.3-70B-Instruct-Turbo"
`define TOGETHER_API_KEY_TRUNCATED "73945a746f..."
`define TOGETHER_API_KEY_EXAMPLE "sample"
string from_env = $getenv("TOGETHER_API_KEY");
