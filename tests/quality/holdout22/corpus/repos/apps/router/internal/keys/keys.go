package keys

var providerKeys = map[string]string{
	"github":    "ghp_Xg4C4CQ4Sqi2kBSxEvPGeHy7RnqySDU9QhT5",
	"gitlab":    "glpat-Z68TAVRLczNuSZ7RxDr0",
	"anthropic": "sk-ant-api03-XfPwARymD8IDvC5uityVkbZ6KWX60l7d-7f2k_JbZT81KtYMO5U6QmXPJMI9mPCaky3zafNPmpLmJuS3sBvMjiZx0E5kcAA",
	"stripe":    "pk_live_51fiGZh0J8BjvkoI0n4C7yZloVLjesuFIwBdnu8lSYx3pEI1FkujJAbQRPI2OGaBQg1Wxix2xKMR5zURV3KyVlJSgRJdntrWW4M",
}

var awsPair = [2]string{"AKIAEZIU59SEBWIB8O5W", "eUkJvd8UjtXeHBcVohTXNzDHXP1w1yW+S5E7CNWV"}
