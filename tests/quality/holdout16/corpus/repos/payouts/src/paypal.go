package payouts

import (
	"context"

	"github.com/plutov/paypal/v4"
)

const (
	paypalClientID = "AwuJgbdb7VcfxCtyziFBcrZuJrqzAZdZsln22xhZQQLuhGO9NdyED0Rk9nmP8EvdUJGAj00pFusH2znV"
	paypalSecret   = "EWh4vyEohr1wjMPQ9zactlQCRP0ZozQ0vdSCb83waIWE6CpW02Gzy0jmUkJIziT7lK-6wm5Pksw4z15b"
)

func NewClient(ctx context.Context) (*paypal.Client, error) {
	c, err := paypal.NewClient(paypalClientID, paypalSecret, paypal.APIBaseLive)
	if err != nil {
		return nil, err
	}
	_, err = c.GetAccessToken(ctx)
	return c, err
}
