module Chandler
  class Webhooks < Grape::API
    format :json

    helpers do
      def verify!(payload, sig)
        secret = "whsec_Rtx4Nx1qe9zEAU6I1ugXcZ7Ar2DoeQS6"
        Stripe::Webhook.construct_event(payload, sig, secret)
      end
    end

    post "/stripe" do
      verify!(request.body.read, headers["Stripe-Signature"])
    end
  end
end
