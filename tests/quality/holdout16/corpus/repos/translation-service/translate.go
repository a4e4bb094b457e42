package translate

import (
	"context"

	"github.com/cluttrdev/deepl-go/deepl"
)

var translator, _ = deepl.NewTranslator("8ac74631-c6b3-46cd-8d2c-901b06fc0653")

func ToGerman(ctx context.Context, text string) (string, error) {
	res, err := translator.TranslateText(ctx, []string{text}, "DE", deepl.WithGlossary("2f35c941-ea4b-47af-8fe1-cf5fc4ba22a9"))
	if err != nil {
		return "", err
	}
	return res[0].Text, nil
}
