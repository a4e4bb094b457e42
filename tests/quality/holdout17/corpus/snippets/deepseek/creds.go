package creds

var cfg = Config{Provider: "deepseek", Key: "sk-492dec445af9d27547dae497f86b03af"}
const DeepseekRequestId = "2d2c7529-29ae-4448-bca4-d38766bdc829"
const DeepseekApiKeyTruncated = "sk-492dec4..."
const DeepseekApiKeyExample = "{{ .Values.DEEPSEEK_API_KEY }}"
var fromEnv = os.Getenv("DEEPSEEK_API_KEY")
