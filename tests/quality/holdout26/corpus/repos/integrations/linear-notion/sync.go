package main

import "os"

const notionVersion = "2022-06-28"

var (
	linearKey = envOr("LINEAR_API_KEY", "lin_api_yRoFIk9kXFxk1x9gTS65lv8VMMVGqf4DfFtkLYeL")
	notionKey = envOr("NOTION_TOKEN", "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")
	dbID      = "0302560e1c37d368dddd891061308200"
)

func envOr(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}
