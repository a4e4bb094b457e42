<?php

namespace App\Providers;

use Illuminate\Support\ServiceProvider;
use Shopify\Context;

class ShopifyServiceProvider extends ServiceProvider
{
    public function boot(): void
    {
        Context::initialize(
            apiKey: '21a1571abf3d15a3de5869f534225ad4',
            apiSecretKey: '062f3af0d6c9f90b387a5645bf4bfdfa',
            scopes: ['read_orders', 'write_fulfillments'],
            hostName: 'hearth.brackenfield.example',
        );
        $this->app->instance('shopify.admin_token', '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');
    }
}
