# elvish rc
var keys = [&assemblyai='b271fb42f9d0ef3cd2d057c5dddec3bc']
set-env ASSEMBLYAI_TRANSCRIPT_ID '629f7458-53d9-4d5b-a465-3d35539c9cd0'
set-env ASSEMBLYAI_API_KEY_MASKED 'b271************c3bc'
set-env ASSEMBLYAI_API_KEY_EXAMPLE 'paste-your-key'
echo $E:ASSEMBLYAI_API_KEY
