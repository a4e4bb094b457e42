var togetherModel = "meta-llama/Llama-3.3-70B-Instruct-Turbo";
var oldTogetherApiKey = "tgp_************4B_i";
var togetherApiKey = "YOUR_TOGETHER_API_KEY_HERE";
