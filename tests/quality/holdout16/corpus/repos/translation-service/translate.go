package translate

import (
	"context"

	"github.com/cluttrdev/deepl-go/deepl"
)

var translator, _ = deepl.NewTranslator("2762ddd4-77d1-4b25-b0ac-8ac74631c6b3")

func ToGerman(ctx context.Context, text string) (string, error) {
	res, err := translator.TranslateText(ctx, []string{text}, "DE", deepl.WithGlossary("6cd4d2c9-01b0-4fc0-8533-2f35c941ea4b"))
	if err != nil {
		return "", err
	}
	return res[0].Text, nil
}
