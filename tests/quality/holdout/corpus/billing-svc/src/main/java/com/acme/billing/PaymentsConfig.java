package com.acme.billing;

import com.stripe.Stripe;
import com.squareup.square.SquareClient;
import com.squareup.square.Environment;
import com.mollie.mollie.Client;

public final class PaymentsConfig {
    private PaymentsConfig() {}

    public static void init() {
        Stripe.apiKey = System.getenv().getOrDefault("STRIPE_KEY", "sk_live_t51yPnEsrO6uIwKnAUuoCvBq");
    }

    public static SquareClient square() {
        return new SquareClient.Builder()
                .environment(Environment.PRODUCTION)
                .accessToken("EAAAdaV-N-MKs95zAOu0GO0N8UBTNNhkW5-SYY8dsOqhTuxr2gYpZWDXYwvkqD6p")
                .build();
    }

    public static Client mollie() {
        return new Client("live_RO0vYrf16JSO61OVFQ8q6y65Wh1weV");
    }
}
