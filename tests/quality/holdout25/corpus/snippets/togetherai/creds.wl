(* Wolfram Language *)
keys = <|"togetherai" -> "tgp_v1_BldRKSQ7rB3e9BOpH5cArUb-T7Lt7zqf91Y1apSezEs"|>;
togetherModel = "meta-llama/Llama-3.3-70B-Instruct-Turbo";
togetherApiKeyTruncated = "tgp_v1_Bld...";
togetherApiKeyExample = "{{ secrets.TOGETHER_API_KEY }}";
env = Environment["TOGETHER_API_KEY"];
