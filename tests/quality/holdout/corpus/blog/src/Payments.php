<?php
namespace Acme\Blog;

use Stripe\StripeClient;
use Mollie\Api\MollieApiClient;

final class Payments
{
    public static function stripe(): StripeClient
    {
        return new StripeClient('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');
    }

    public static function mollie(): MollieApiClient
    {
        $mollie = new MollieApiClient();
        $mollie->setApiKey("live_t5gGRUlKM1e3VsxUJcerwTd1ilTBEs");
        return $mollie;
    }

    public static function shippo(): void
    {
        \Shippo::setApiKey(getenv('SHIPPO_TOKEN') ?: 'shippo_live_09bbad5a2880a7b6be734e531f78ae0181d166ef');
    }
}
