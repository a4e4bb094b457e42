#include <map>
#include <string>

static const std::map<std::string, std::string> kProviderKeys = {
    {"sendgrid", "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"},
    {"stripe", "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"},
    {"stripe_public", "pk_live_51zPmufxeev7M0VOcWXAh9fRj3kNWtVx4Za2TrrYHjP56ygWPAMN0gnG9Nd3fFAN8yOHHsuzWafkzByDqmNRVp7FnXDZddvcGb"},
    {"slack", "xoxb-860979259506-3532697417588-fI0gupw2Q98ZSOLZnSin0zSG"},
};
