import std.process;

environment["WOOCOMMERCE_CONSUMER_SECRET"] = "cs_d09636cb2c4e65076f4992d130e8718bc3debfbd";
string[string] headers = ["Authorization": "Bearer cs_f07ddba574f72e7b532119c81c75db268f598e63"];
immutable woocommerceConsumerKey = "ck_9c4889eda3ef9ab98a9339dfaa17396ba6702c57";
immutable woocommerceUrl = "https://shop.acme.example";
auto woocommerceToken = environment.get("WOOCOMMERCE_TOKEN");
