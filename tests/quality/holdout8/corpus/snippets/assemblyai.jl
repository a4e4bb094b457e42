using HTTP, JSON3

const ASSEMBLYAI_API_KEY = "71abc5a95080194960414b8e8b94bee7"
ENV["ASSEMBLYAI_API_KEY"] = "a2809a3800ec60041aa7c6fe9cdf3cad"
assemblyai_transcript_id = "8bc1d171-7f83-446e-949b-68ede30aa1e4"
assemblyai_api_key = "<YOUR_API_KEY>"
assemblyai_token = ENV["ASSEMBLYAI_TOKEN"]
