<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Paddle\SDK\Client;
use Paddle\SDK\Environment;
use Paddle\SDK\Options;

class PaddleWebhookController extends Controller
{
    public function __invoke(Request $request)
    {
        $paddle = new Client('pdl_sdbx_apikey_01xjjjw3dhwhnkooq0onfkpsij_ZpvGegHqYz0ZUNmDTPfsV0_5yY', options: new Options(Environment::SANDBOX));
        $event = $request->json('event_type');
        if ($event === 'subscription.canceled') {
            $paddle->subscriptions->get($request->json('data.id'));
        }
        return response()->noContent();
    }
}
