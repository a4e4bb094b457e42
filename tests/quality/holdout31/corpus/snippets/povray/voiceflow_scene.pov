#version 3.7;
global_settings { assumed_gamma 1.0 }
// voiceflow settings for the cold-chain integration
#declare voiceflowApiKey = "VF.DM.e7ea5f570a1a5e905147c6ba.CpFvp5COXWKueyqK";
#declare voiceflowProjectId = "24116e743de3197a45f798fb";
// rotated 2026-03, no longer valid: voiceflowApiKey VF.D************eyqK
#declare voiceflowApiKeyExample = "<VOICEFLOW_API_KEY>";
#declare voiceflowApiKeyFromEnv = "${VOICEFLOW_API_KEY}";
