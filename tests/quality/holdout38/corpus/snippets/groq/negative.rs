let groq_api_key_prefix = "gsk_Pm97pW...";
let groq_api_key_staging = "sample";
